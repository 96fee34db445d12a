using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Initiatives;
using ConseilsCitoyens.Domain.Interpellations;
using ConseilsCitoyens.Domain.Meetings;
using ConseilsCitoyens.Domain.Proposals;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.SteeringSessions;
using Marten;

namespace ConseilsCitoyens.Projections;

/// <summary>
/// Indexes for the reads scoped to councils a council's report reads that council's
/// documents through them, so its time does not grow with the other councils' data.
/// </summary>
public static class CouncilReadIndexes
{
    public static void AddCouncilReadIndexes(this StoreOptions options)
    {
        // Computed indexes on the same expression the LINQ provider writes for CouncilId (no column to backfill).
        options.Schema.For<Meeting>().Index(x => x.CouncilId);
        options.Schema.For<Proposal>().Index(x => x.CouncilId);
        options.Schema.For<Interpellation>().Index(x => x.CouncilId);
        options.Schema.For<Initiative>().Index(x => x.CouncilId);
        options.Schema.For<Roadmap>().Index(x => x.CouncilId);
        options.Schema.For<Domain.Drawings.Drawing>().Index(x => x.CouncilId);
        options.Schema.For<Reports.CouncilMonth>().Index(x => x.CouncilId);
        options.Schema.For<Domain.Diagnostics.TerritoryDiagnostic>().Index(x => x.QuartierCode);
        // Created by their own statements (Maintenance/ReadIndexes.cs): Marten's checks of their tables must not drop them.
        options.Schema.For<ActivityLog>().IgnoreIndex(Maintenance.ActivityLogCouncilsIndex.IndexName);
        options.Schema.For<Domain.Councils.Council>().IgnoreIndex(Maintenance.CouncilQuartierCodesIndex.IndexName);
        options.Schema.For<SteeringSession>().IgnoreIndex(Maintenance.SteeringSessionCouncilsIndex.IndexName);
        options.Schema.For<Domain.Team.TeamMember>().IgnoreIndex(Maintenance.TeamMemberCouncilsIndex.IndexName);
        options.Events.IgnoreIndex(Maintenance.ComplianceWarningIndex.IndexName);
        options.Events.IgnoreIndex(Maintenance.EventCouncilIndex.IndexName);
        options.Events.IgnoreIndex(Maintenance.EventIdsIndex.IndexName);
    }
}
