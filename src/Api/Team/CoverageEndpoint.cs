using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Team;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Team;

public sealed record CoverResponse(Guid TeamMemberId, TeamRole Role, LocalDate From, LocalDate? Until)
{
    public static CoverResponse Of(Cover c) => new(c.FacilitatorId, c.Role, c.Assignment.From, c.Assignment.Until);
}

/// <param name="State">Covered, vacant, or notInExistence (before its creation, from its dissolution on: neither covered nor vacant).</param>
/// <param name="Vacant">The council existed that day and nobody was assigned to it (as GET /vacancies).</param>
/// <param name="TeamMembers">Who was assigned to the council that day.</param>
public sealed record CouncilCoverageResponse(Guid CouncilId, LocalDate On, CoverageState State, bool Vacant, IReadOnlyList<CoverResponse> TeamMembers)
{
    /// <summary>The instant of the log the answer reflects: asKnownAt, else when it was read.</summary>
    public Instant KnownAt { get; init; }
}

public static class CoverageEndpoint
{
    [WolverineGet("/councils/{councilId}/coverage")]
    [Tags("Team")]
    [EndpointSummary("Who covered the council on a date (?on=2018-06-30, default today; ?asKnownAt= an instant, as the events recorded by then tell it, and its day by default): covered, vacant (it existed and nobody was assigned) or not in existence (before its creation, from its dissolution on)")]
    public static async Task<CouncilCoverageResponse> Get(Guid councilId, string? on, string? asKnownAt, IQuerySession session, IClock clock,
        CancellationToken ct)
    {
        var states = await KnownStates.Read(session, asKnownAt, clock, ct);
        var date = QueryDates.Parse(on, "on", states.Today);
        var council = await states.LoadCouncil(councilId, ct);
        // LINQ cannot filter on NodaTime members; the team is a handful of people.
        var team = await states.Query<TeamMember>(ct);

        var coverage = Coverage.On(date, team);
        var state = coverage.StateOf(council);
        return new CouncilCoverageResponse(councilId, date, state, state == CoverageState.Vacant, coverage.Of(councilId).Select(CoverResponse.Of).ToArray())
        {
            KnownAt = states.At,
        };
    }
}
