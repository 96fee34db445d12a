using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Team;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Audit;

public sealed record SittingMember(Guid MemberId, College College, MemberOrigin Origin, LocalDate JoinedOn);

public sealed record AssignedTeamMember(Guid FacilitatorId, TeamRole Role, LocalDate From, LocalDate? Until);

public sealed record CouncilRoles(Guid CouncilId, string Name, IReadOnlyList<SittingMember> Members, IReadOnlyList<AssignedTeamMember> Team);

/// <summary>Who held which role on one date: the question auditors ask most.</summary>
public sealed record RolesOnADate(LocalDate On, IReadOnlyList<CouncilRoles> Councils)
{
    /// <summary>The instant of the log the answer reflects: asKnownAt, else when it was read.</summary>
    public Instant KnownAt { get; init; }
}

public static class RolesOnADateEndpoint
{
    [WolverineGet("/audit/roles")]
    [Tags("Audit")]
    [EndpointSummary("Who sat on each council and which team member was assigned to it on a date (?on=, default today; ?asKnownAt= an instant, as the events recorded by then tell it, and its day by default)")]
    public static async Task<RolesOnADate> Get(string? on, string? asKnownAt, IQuerySession session, IClock clock, CancellationToken ct)
    {
        var states = await KnownStates.Read(session, asKnownAt, clock, ct);
        var date = QueryDates.Parse(on, "on", states.Today);
        var councils = await states.Query<Council>(ct);
        var team = await states.Query<TeamMember>(ct);

        return new RolesOnADate(date, councils
            .Where(c => c.CreatedOn <= date)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new CouncilRoles(c.Id, c.Name,
                c.Members.Where(m => m.SitsOn(date)).Select(m => new SittingMember(m.MemberId, m.College, m.Origin, m.JoinedOn)).ToArray(),
                team.SelectMany(f => f.AssignmentsOn(date).Where(a => a.CouncilId == c.Id)
                    .Select(a => new AssignedTeamMember(f.Id, f.Role, a.From, a.Until))).ToArray()))
            .ToArray()) { KnownAt = states.At };
    }
}
