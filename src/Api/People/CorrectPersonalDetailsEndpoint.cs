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
    public static async Task<PersonResponse> Post(
        Guid personId, PersonalDetailsRequest request, ClaimsPrincipal user, IDocumentSession session, IClock clock, CancellationToken ct)
    {
        var person = await GetPersonEndpoint.Find(personId, session, ct) ?? throw new ResourceNotFound($"Person {personId}");
        await FacilitatorScope.EnsureReaches(user, session, personId, person.CouncilId, ProgrammeCalendar.Today(clock.GetCurrentInstant()), ct);

        var (first, last, email, phone) = (request.FirstName.Trim(), request.LastName.Trim(), request.Email?.Trim(), request.Phone?.Trim());
        // An update, never an insert: details erased meanwhile are not brought back (404 at commit).
        if (person.CouncilId is { } council)
        {
            session.Update(new MemberPersonalDetails(personId, council, first, last, email, phone, request.BirthYear));
            return new PersonResponse(personId, first, last, email, phone, request.BirthYear, council, false);
        }
        if (request.BirthYear is not null)
            throw new MalformedRequest("birthYear", "A team member's birth year is not kept.");
        session.Update(new TeamMemberPersonalDetails(personId, first, last, email, phone));
        return new PersonResponse(personId, first, last, email, phone, null, null, true);
    }
}
