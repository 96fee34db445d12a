using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.Team;
using NodaTime;

namespace ConseilsCitoyens.Api.Roadmaps;

internal static class RoadmapViewReads
{
    /// <summary>The roadmap view with its date read from the query: asOf, else the day the states are known at.</summary>
    public static Task<RoadmapViewResult> RoadmapView(this KnownStates states, string? facilitatorId, string? councilId, string? asOf,
        CancellationToken ct) =>
        states.RoadmapView(facilitatorId, councilId, QueryDates.Parse(asOf, "asOf", states.Today), ct);

    /// <summary>The roadmap view of one facilitator, one council, both, or the whole programme (neither), as of a date.</summary>
    public static async Task<RoadmapViewResult> RoadmapView(this KnownStates states, string? facilitatorId, string? councilId, LocalDate asOf,
        CancellationToken ct)
    {
        var facilitator = QueryIds.Parse(facilitatorId, "facilitatorId");
        var council = QueryIds.Parse(councilId, "councilId");
        if (facilitator is { } f && await states.Load<TeamMember>(f, ct) is null)
            throw new ResourceNotFound($"Team member {f}");
        if (council is { } c)
            await states.LoadCouncil(c, ct);

        // A roadmap's facilitator and council never change: narrowed in the database.
        var roadmaps = await states.Query<Roadmap>(ct, facilitator is { } fid && council is { } both ? r => r.FacilitatorId == fid && r.CouncilId == both
            : facilitator is { } onlyFacilitator ? r => r.FacilitatorId == onlyFacilitator
            : council is { } onlyCouncil ? r => r.CouncilId == onlyCouncil
            : null);
        var diagnostics = await states.Query<TerritoryDiagnostic>(ct);
        return Domain.Roadmaps.RoadmapView.Of(roadmaps, diagnostics, asOf) with { KnownAt = states.At };
    }
}
