using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.Team;

namespace ConseilsCitoyens.Domain.Indicators;

/// <summary>
/// The programme's own work (DOMAIN.md §5): residents reached, roadmap actions done and facilitator
/// coverage — per council — and immersions and training hours, which belong to the whole programme only.
/// </summary>
public static class ProgrammeIndicators
{
    /// <summary>
    /// Mobilisations for these councils dated in the period, unless cancelled: a cancellation corrects
    /// the entry from its own date, whatever date an older cancellation event carries.
    /// </summary>
    public static int ResidentsReached(IEnumerable<ActivityLog> logs, IReadOnlySet<Guid> councils, ReportPeriod period) =>
        logs.SelectMany(l => l.Entries)
            .Where(e => e.Type == ActivityEntryType.Mobilisation && e.CouncilId is { } c && councils.Contains(c))
            .Where(e => period.Contains(e.On) && e.Counts)
            .Sum(e => e.ResidentsReached ?? 0);

    public static int RoadmapActionsDone(IEnumerable<Roadmap> roadmaps, IReadOnlySet<Guid> councils, ReportPeriod period) =>
        roadmaps.Where(r => councils.Contains(r.CouncilId))
            .SelectMany(r => r.Actions)
            .Count(a => period.Contains(a.Done?.On));

    /// <returns>Null below the programme.</returns>
    public static int? Immersions(ProgrammeFacts? programme, ReportPeriod period) =>
        programme?.Immersions.Count(i => period.Contains(i.On));

    /// <returns>Null below the programme.</returns>
    public static decimal? TrainingHours(ProgrammeFacts? programme, ReportPeriod period) =>
        programme?.Team.SelectMany(f => f.Trainings).Where(t => period.Contains(t.On)).Sum(t => t.Hours);

    /// <summary>Days covered and vacant, summed over the councils (a council × a day each).</summary>
    public static CoverageDays Coverage(IEnumerable<Councils.Council> councils, IReadOnlyList<TeamMember> team, ReportPeriod period)
    {
        // Grouped once: a programme's councils each read their own assignments, not the whole team's.
        var assignments = team.SelectMany(f => f.Assignments).ToLookup(a => a.CouncilId);
        return councils.Select(c => CoverageDays.Of(c, assignments[c.Id], period))
            .Aggregate(CoverageDays.None, (sum, days) => new CoverageDays(sum.Covered + days.Covered, sum.Vacant + days.Vacant));
    }

    /// <summary>
    /// Diagnostic versions published in the period for the quartiers these councils ever had (either
    /// map), each once however many councils share the quartier.
    /// </summary>
    public static int DiagnosticsPublished(IEnumerable<TerritoryDiagnostic> diagnostics, IEnumerable<Councils.Council> councils, ReportPeriod period)
    {
        var codes = councils.SelectMany(c => c.AllQuartierCodes()).ToHashSet(StringComparer.Ordinal);
        return diagnostics.Where(d => codes.Contains(d.QuartierCode)).SelectMany(d => d.Versions).Count(v => period.Contains(v.PublishedOn));
    }

    public static IReadOnlySet<Guid> Ids(IEnumerable<Councils.Council> councils) => councils.Select(c => c.Id).ToHashSet();
}
