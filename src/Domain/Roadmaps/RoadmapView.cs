using ConseilsCitoyens.Domain.Diagnostics;
using NodaTime;

namespace ConseilsCitoyens.Domain.Roadmaps;

/// <param name="Statement">The priority as the diagnostic words it on the view's date; null when no diagnostic then holds it.</param>
public sealed record PriorityRef(Guid Id, string? Statement);

public sealed record RoadmapViewAction(
    Guid ActionId, string Title, RoadmapActionKind Kind, RoadmapActionStatus Status, LocalDate DueOn, int Rank, PriorityRef Priority);

public sealed record RoadmapViewItem(Guid RoadmapId, Guid FacilitatorId, Guid CouncilId, RoadmapStatusCounts Counts, IReadOnlyList<RoadmapViewAction> Actions);

/// <param name="Counts">Over every roadmap of the view.</param>
public sealed record RoadmapViewResult(LocalDate AsOf, RoadmapStatusCounts Counts, IReadOnlyList<RoadmapViewItem> Roadmaps)
{
    /// <summary>The instant of the event log the view reflects, stamped by whoever read the states.</summary>
    public Instant KnownAt { get; init; }
}

/// <summary>
/// The roadmap view (DOMAIN.md §5): roadmaps as they stood on a date, their actions counted per
/// status (planned, in progress, done, dropped, overdue), each with the diagnostic priority it answers.
/// </summary>
public static class RoadmapView
{
    public static RoadmapViewResult Of(IEnumerable<Roadmap> roadmaps, IEnumerable<TerritoryDiagnostic> diagnostics, LocalDate asOf)
    {
        var labels = PriorityStatements(diagnostics, asOf);
        var items = roadmaps.OrderBy(r => r.OpenedOn).ThenBy(r => r.Id)
            .Where(r => r.OpenedOn <= asOf)
            .Select(r => new RoadmapViewItem(r.Id, r.FacilitatorId, r.CouncilId, r.CountsOn(asOf),
                r.ActionsOn(asOf).OrderBy(x => x.Action.RankAsOf(asOf)).ThenBy(x => x.Action.ActionId)
                    .Select(x => new RoadmapViewAction(x.Action.ActionId, x.Action.Title, x.Action.Kind, x.Status, x.Action.DueOnAsOf(asOf),
                        x.Action.RankAsOf(asOf), new PriorityRef(x.Action.PriorityId, labels.GetValueOrDefault(x.Action.PriorityId))))
                    .ToArray()))
            .ToArray();
        return new RoadmapViewResult(asOf, RoadmapStatusCounts.Of(items.SelectMany(i => i.Actions).Select(a => a.Status)), items);
    }

    /// <summary>Each priority's wording in the last diagnostic version published on or before the date that names it.</summary>
    public static IReadOnlyDictionary<Guid, string> PriorityStatements(IEnumerable<TerritoryDiagnostic> diagnostics, LocalDate asOf)
    {
        var statements = new Dictionary<Guid, string>();
        foreach (var version in diagnostics.SelectMany(d => d.Versions).Where(v => v.PublishedOn <= asOf).OrderBy(v => v.PublishedOn).ThenBy(v => v.Number))
        foreach (var priority in version.Priorities)
            statements[priority.PriorityId] = priority.Statement;
        return statements;
    }
}
