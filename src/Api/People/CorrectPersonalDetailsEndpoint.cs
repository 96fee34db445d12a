using System.Security.Claims;
using ConseilsCitoyens.Api.Councils;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Projections.Members;
using ConseilsCitoyens.Projections.Team;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.People;

public static class CorrectPersonalDetailsEndpoint
{
    private static readonly PersonalDetailsValidator Validator = new();

    public static ProblemDetails Validate(PersonalDetailsRequest request) => Validator.Check(request);

    [WolverinePost("/people/{personId}/details")]
    [Tags("People")]
    [EndpointSummary("Correct a person's names, contact or birth year (a team member has no birth year here); " +
        "a facilitator corrects the members of the councils assigned to them today, and themselves; 404 once erased")]
    [EndpointDescription("Send the details' ETag (from GET /people/{personId}) in If-Match to refuse the correction (412) if another changed them since you read them.")]
    public static async Task<PersonResponse> Post(
        Guid personId, PersonalDetailsRequest request, [FromHeader(Name = "If-Match")] string? ifMatch, ClaimsPrincipal user,
        IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var expected = Versions.ExpectedVersion(ifMatch);
        var person = await session.FindLocked(personId, ct) ?? throw new ResourceNotFound($"Person {personId}");
        await FacilitatorScope.EnsureReaches(user, session, personId, person.CouncilId, ProgrammeCalendar.Today(clock.GetCurrentInstant()), ct);
        if (person.TeamMember && request.BirthYear is not null)
            throw new MalformedRequest("birthYear", "A team member's birth year is not kept.");
        Versions.CheckExpected(expected, person.Version, $"Person {personId}'s details");

        var (first, last, email, phone) = (request.FirstName.Trim(), request.LastName.Trim(), request.Email?.Trim(), request.Phone?.Trim());
        // An update, never an insert: details gone at commit are not brought back. Marten numbers it the
        // next revision, the one after that read under the lock.
        var revision = person.Version + 1;
        if (person.CouncilId is { } council)
            session.Update(new MemberPersonalDetails(personId, council, first, last, email, phone, request.BirthYear));
        else
            session.Update(new TeamMemberPersonalDetails(personId, first, last, email, phone));
        response.WriteETag(revision);
        return person with { FirstName = first, LastName = last, Email = email, Phone = phone, BirthYear = request.BirthYear, Version = revision };
    }
}
