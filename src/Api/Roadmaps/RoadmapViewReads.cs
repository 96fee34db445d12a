using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Roadmaps;
using Marten;
using NodaTime;

namespace ConseilsCitoyens.Api.Roadmaps;

internal static class RoadmapViewReads
{
    /// <summary>The roadmap view of one facilitator, one council, both, or the whole programme (neither), as of a date.</summary>
    public static async Task<RoadmapViewResult> RoadmapView(this IQuerySession session, string? facilitatorId, string? councilId, LocalDate asOf,
        CancellationToken ct)
    {
        var facilitator = QueryIds.Parse(facilitatorId, "facilitatorId");
        var council = QueryIds.Parse(councilId, "councilId");
        if (facilitator is { } f)
            await session.LoadFacilitator(f, ct);
        if (council is { } c)
            await session.LoadCouncil(c, ct);

        IQueryable<Roadmap> query = session.Query<Roadmap>();
        if (facilitator is { } fid)
            query = query.Where(r => r.FacilitatorId == fid);
        if (council is { } cid)
            query = query.Where(r => r.CouncilId == cid);
        var roadmaps = await query.ToListAsync(ct);
        var diagnostics = await session.Query<TerritoryDiagnostic>().ToListAsync(ct);
        return Domain.Roadmaps.RoadmapView.Of(roadmaps, diagnostics, asOf);
    }
}
