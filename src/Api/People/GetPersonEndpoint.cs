using System.Security.Claims;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Projections.Members;
using ConseilsCitoyens.Projections.Team;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.People;

/// <param name="CouncilId">The council a member joined; none for a member of the programme's team.</param>
public sealed record PersonResponse(
    Guid PersonId, string FirstName, string LastName, string? Email, string? Phone, int? BirthYear, Guid? CouncilId, bool TeamMember);

public static class GetPersonEndpoint
{
    [WolverineGet("/people/{personId}")]
    [Tags("People")]
    [EndpointSummary("Read a person's personal details (council member or team member), for the roles that work with them " +
        "(a facilitator: the members of the councils assigned to them today, and themselves); 404 once erased")]
    public static async Task<PersonResponse> Get(Guid personId, ClaimsPrincipal user, IQuerySession session, IClock clock, CancellationToken ct)
    {
        var person = await Find(personId, session, ct) ?? throw new ResourceNotFound($"Person {personId}");
        await FacilitatorScope.EnsureReaches(user, session, personId, person.CouncilId, ProgrammeCalendar.Today(clock.GetCurrentInstant()), ct);
        return person;
    }

    internal static async Task<PersonResponse?> Find(Guid personId, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<MemberPersonalDetails>(personId, ct) is { } member)
            return new PersonResponse(personId, member.FirstName, member.LastName, member.Email, member.Phone, member.BirthYear, member.CouncilId, false);
        if (await session.LoadAsync<TeamMemberPersonalDetails>(personId, ct) is { } team)
            return new PersonResponse(personId, team.FirstName, team.LastName, team.Email, team.Phone, null, null, true);
        return null;
    }
}
