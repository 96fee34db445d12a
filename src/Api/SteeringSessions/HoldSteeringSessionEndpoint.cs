using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.SteeringSessions;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.SteeringSessions;

/// <param name="RepresentativeIds">Member ids of that council's representatives present (none: a rule 12 warning for that council).</param>
public sealed record TakingPartRequest(Guid CouncilId, bool Invited, IReadOnlyList<Guid> RepresentativeIds, bool Spoke, bool ContributedInWriting);

/// <param name="Participations">One per council the session concerns.</param>
/// <param name="Id">Optional: a client that picks the id can retry safely (a second record answers 409).</param>
public sealed record HoldSteeringSessionRequest(
    SteeringBody Body,
    LocalDate HeldOn,
    IReadOnlyList<TakingPartRequest> Participations,
    string? BodyName = null,
    Guid? Id = null);

public sealed class HoldSteeringSessionValidator : AbstractValidator<HoldSteeringSessionRequest>
{
    public HoldSteeringSessionValidator()
    {
        RuleFor(r => r.BodyName).MaximumLength(200);
        RuleFor(r => r.Participations).NotNull().Must(p => p.Count <= 200).WithMessage("At most 200 councils.");
        RuleForEach(r => r.Participations).NotNull().ChildRules(p =>
        {
            p.RuleFor(x => x.CouncilId).NotEqual(Guid.Empty);
            p.RuleFor(x => x.RepresentativeIds).Representatives();
        });
        RuleFor(r => r.Id).NotEqual(Guid.Empty);
    }
}

public static class HoldSteeringSessionEndpoint
{
    private static readonly HoldSteeringSessionValidator Validator = new();

    public static ProblemDetails Validate(HoldSteeringSessionRequest request) => Validator.Check(request);

    [WolverinePost("/steering-sessions")]
    [Tags("Steering sessions")]
    [EndpointSummary("Record a session of a contrat de ville body once, with the participation of each council it concerns")]
    [EndpointDescription("A copil attended by eight councils is one session: the programme counts it once, each council counts its own participation. A council not invited, or without a representative present, gets a rule 12 warning.")]
    public static async Task<Created<SteeringSessionResponse>> Post(
        HoldSteeringSessionRequest request, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var ids = request.Participations.Select(p => p.CouncilId).Distinct().ToArray();
        var councils = await session.LoadManyAsync<Council>(ct, ids);
        if (ids.FirstOrDefault(id => councils.All(c => c.Id != id)) is var missing && missing != Guid.Empty)
            throw new ResourceNotFound($"Council {missing}");
        var command = new HoldSteeringSession(request.Id ?? Guid.CreateVersion7(), request.Body, request.BodyName, request.HeldOn,
            request.Participations.Select(p => new TakingPart(p.CouncilId, p.Invited, p.RepresentativeIds, p.Spoke, p.ContributedInWriting)).ToArray());

        var events = SteeringSessionDecider.Hold(councils, command, ProgrammeCalendar.Today(clock.GetCurrentInstant()));
        var version = session.Start<SteeringSession>(command.SessionId, events);

        response.WriteETag(version);
        return TypedResults.Created($"/steering-sessions/{command.SessionId}", SteeringSessionResponse.Started(events, version));
    }
}
