using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Privacy;
using ConseilsCitoyens.Projections.Members;
using ConseilsCitoyens.Projections.Team;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.People;

public sealed record ErasureRequest(string Reason);

public sealed class ErasureValidator : AbstractValidator<ErasureRequest>
{
    public ErasureValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
}

public sealed record ErasureResponse(Guid PersonId, string Reason, LocalDate ErasedOn);

public static class ErasePersonalDataEndpoint
{
    private static readonly ErasureValidator Validator = new();

    public static ProblemDetails Validate(ErasureRequest request) => Validator.Check(request);

    [WolverinePost("/people/{personId}/erasure")]
    [Tags("People")]
    [EndpointSummary("Erase a person's personal details (names, contact, birth year) and record the erasure; events, counts and indicators stay, keyed by the pseudonymous id")]
    public static async Task<ErasureResponse> Post(
        Guid personId, ErasureRequest request, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var streamId = PersonalData.StreamIdFor(personId);
        var state = await session.LoadAsync<PersonalData>(streamId, ct);
        var member = await session.LoadAsync<MemberPersonalDetails>(personId, ct);
        var teamMember = await session.LoadAsync<TeamMemberPersonalDetails>(personId, ct);
        if (state is null && member is null && teamMember is null)
            throw new ResourceNotFound($"Person {personId}");

        var events = PrivacyDecider.Erase(state, new ErasePersonalData(personId, request.Reason),
            ProgrammeCalendar.Today(clock.GetCurrentInstant()));
        // Whatever details are found go, also on a repeat: the details and the erasure change in
        // one transaction, and a concurrent second erasure collides on the privacy stream's id
        // (409) instead of recording twice.
        session.Delete<MemberPersonalDetails>(personId);
        session.Delete<TeamMemberPersonalDetails>(personId);
        if (events.Count > 0)
        {
            var version = session.Start<PersonalData>(streamId, events);
            state = PersonalData.Evolve(state, events.Single()) with { Version = version };
        }

        response.WriteETag(state!.Version);
        return new ErasureResponse(personId, state.Reason!, state.ErasedOn!.Value);
    }
}
