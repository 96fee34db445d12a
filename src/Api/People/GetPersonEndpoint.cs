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
/// <param name="Version">The details' revision (their ETag): a correction sends it back in If-Match.</param>
public sealed record PersonResponse(
    Guid PersonId, string FirstName, string LastName, string? Email, string? Phone, int? BirthYear, Guid? CouncilId, bool TeamMember, long Version);

public static class GetPersonEndpoint
{
    [WolverineGet("/people/{personId}")]
    [Tags("People")]
    [EndpointSummary("Read a person's personal details (council member or team member), for the roles that work with them " +
        "(a facilitator: the members of the councils assigned to them today, and themselves); 404 once erased")]
    public static async Task<PersonResponse> Get(Guid personId, ClaimsPrincipal user, IQuerySession session, IClock clock,
        HttpResponse response, CancellationToken ct)
    {
        var person = await Find(personId, session, ct) ?? throw new ResourceNotFound($"Person {personId}");
        await FacilitatorScope.EnsureReaches(user, session, personId, person.CouncilId, ProgrammeCalendar.Today(clock.GetCurrentInstant()), ct);
        response.WriteETag(person.Version);
        return person;
    }

    internal static async Task<PersonResponse?> Find(Guid personId, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<MemberPersonalDetails>(personId, ct) is { } member ? Of(member)
        : await session.LoadAsync<TeamMemberPersonalDetails>(personId, ct) is { } team ? Of(team)
        : null;

    internal static PersonResponse Of(MemberPersonalDetails member) => new(member.Id, member.FirstName, member.LastName, member.Email,
        member.Phone, member.BirthYear, member.CouncilId, false, member.Version);

    internal static PersonResponse Of(TeamMemberPersonalDetails team) =>
        new(team.Id, team.FirstName, team.LastName, team.Email, team.Phone, null, null, true, team.Version);
}
