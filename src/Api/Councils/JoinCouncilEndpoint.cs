using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.People;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Drawings;
using ConseilsCitoyens.Projections.Members;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Councils;

public sealed record PersonalDetailsRequest(string FirstName, string LastName, string? Email = null, string? Phone = null, int? BirthYear = null);

public sealed class PersonalDetailsValidator : AbstractValidator<PersonalDetailsRequest>
{
    public PersonalDetailsValidator()
    {
        RuleFor(p => p.FirstName).NotEmpty().MaximumLength(100);
        RuleFor(p => p.LastName).NotEmpty().MaximumLength(100);
        RuleFor(p => p.Email).EmailAddress().MaximumLength(200).When(p => p.Email is not null);
        RuleFor(p => p.Phone).MaximumLength(30).When(p => p.Phone is not null);
        RuleFor(p => p.BirthYear).InclusiveBetween(1900, 2100).When(p => p.BirthYear is not null);
    }
}

/// <param name="MemberId">Optional pseudonymous id; a retry with the same id and the same facts appends nothing.
/// A drawn member or substitute uses their candidate id from the drawing named by DrawingId.</param>
public sealed record JoinCouncilRequest(
    College College,
    Gender Gender,
    LocalDate JoinedOn,
    PersonalDetailsRequest Person,
    string? ResidenceQuartierCode = null,
    string? Organisation = null,
    bool IsElectedOfficial = false,
    Guid? MemberId = null,
    MemberOrigin Origin = MemberOrigin.Volunteer,
    Guid? DrawingId = null,
    Guid? Replaces = null,
    bool InstitutionLink = false);

public sealed record MemberJoinedResponse(Guid CouncilId, Guid MemberId, long Version, IReadOnlyList<ComplianceWarningResponse> Warnings);

public sealed class JoinCouncilValidator : AbstractValidator<JoinCouncilRequest>
{
    public JoinCouncilValidator()
    {
        RuleFor(r => r.Person).NotNull().SetValidator(new PersonalDetailsValidator());
        RuleFor(r => r.ResidenceQuartierCode).MaximumLength(16);
        RuleFor(r => r.Organisation).MaximumLength(200);
        RuleFor(r => r.MemberId).NotEqual(Guid.Empty);
    }
}

public static class JoinCouncilEndpoint
{
    private static readonly JoinCouncilValidator Validator = new();

    public static ProblemDetails Validate(JoinCouncilRequest request) => Validator.Check(request);

    [WolverinePost("/councils/{councilId}/members")]
    [Tags("Councils")]
    [EndpointSummary("A member joins the council in the residents' or the local actors' college")]
    [EndpointDescription("Send the council's ETag in If-Match to refuse the write (412) if the council changed since you read it.")]
    public static async Task<MemberJoinedResponse> Post(
        Guid councilId,
        JoinCouncilRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var memberId = request.MemberId ?? Guid.CreateVersion7();
        var person = request.Person;
        await session.EnsureFree(memberId, joining: councilId, ct);
        var drawing = request.DrawingId is { } drawingId ? await session.LoadAsync<Drawing>(drawingId, ct) : null;
        var seat = drawing?.SeatOf(memberId);
        var write = await session.Decide<Council>(councilId, ifMatch, "Council",
            council => CouncilDecider.Join(council, ToCommand(memberId, request, seat), ProgrammeCalendar.Today(clock.GetCurrentInstant())),
            ct,
            alsoWrite: _ => session.Insert(new MemberPersonalDetails(memberId, councilId, person.FirstName.Trim(),
                person.LastName.Trim(), person.Email?.Trim(), person.Phone?.Trim(), person.BirthYear)));

        response.WriteETag(write.Version);
        return new MemberJoinedResponse(councilId, memberId, write.Version, ComplianceWarningResponse.Of(write.Events));
    }

    private static JoinCouncil ToCommand(Guid memberId, JoinCouncilRequest r, DrawnSeat? seat) =>
        new(memberId, r.College, r.Gender, r.ResidenceQuartierCode, r.Organisation, r.IsElectedOfficial, r.JoinedOn,
            r.Origin, seat, r.Replaces, r.InstitutionLink, AgeGroups.AtJoining(r.Person.BirthYear, r.JoinedOn));
}
