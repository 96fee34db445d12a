using ConseilsCitoyens.Domain.Roadmaps;
using NodaTime;

namespace ConseilsCitoyens.Api.Roadmaps;

/// <param name="Reason">Why the value changed; null for the value first proposed.</param>
public sealed record DueDateRevisionResponse(LocalDate DueOn, LocalDate Since, string? Reason);

public sealed record RankRevisionResponse(int Rank, LocalDate Since, string? Reason);

/// <param name="Status">The action's status on the roadmap's "on" date.</param>
/// <param name="DueOn">The due date in force on that date.</param>
public sealed record RoadmapActionResponse(
    Guid ActionId,
    string Title,
    RoadmapActionKind Kind,
    Guid PriorityId,
    LocalDate ProposedOn,
    RoadmapActionStatus Status,
    LocalDate DueOn,
    int Rank,
    LocalDate? StartedOn,
    LocalDate? DoneOn,
    string? Outcome,
    LocalDate? DroppedOn,
    string? DropReason,
    IReadOnlyList<DueDateRevisionResponse> DueDates,
    IReadOnlyList<RankRevisionResponse> Ranks)
{
    public static RoadmapActionResponse From(RoadmapAction a, RoadmapActionStatus status, LocalDate on) => new(
        a.ActionId, a.Title, a.Kind, a.PriorityId, a.ProposedOn, status, a.DueOnAsOf(on), a.Rank,
        a.StartedOn, a.Done?.On, a.Done?.Account, a.Dropped?.On, a.Dropped?.Account,
        a.DueDates.Select(d => new DueDateRevisionResponse(d.Value, d.Since, d.Reason)).ToArray(),
        a.Ranks.Select(r => new RankRevisionResponse(r.Value, r.Since, r.Reason)).ToArray());
}

/// <summary>A roadmap as it stood on a date: the actions proposed by then, by rank, with their status and the counts per status.</summary>
public sealed record RoadmapResponse(
    Guid Id,
    Guid FacilitatorId,
    Guid CouncilId,
    LocalDate OpenedOn,
    LocalDate On,
    IReadOnlyList<RoadmapActionResponse> Actions,
    RoadmapStatusCounts Counts,
    long Version)
{
    public static RoadmapResponse From(Roadmap roadmap, LocalDate on) => new(
        roadmap.Id,
        roadmap.FacilitatorId,
        roadmap.CouncilId,
        roadmap.OpenedOn,
        on,
        roadmap.ActionsOn(on)
            .OrderBy(x => x.Action.Rank).ThenBy(x => x.Action.DueOn).ThenBy(x => x.Action.ActionId)
            .Select(x => RoadmapActionResponse.From(x.Action, x.Status, on)).ToArray(),
        roadmap.CountsOn(on),
        roadmap.Version);

    /// <summary>The roadmap after a write: the state decided on, with the events just appended.</summary>
    public static RoadmapResponse After(Roadmap state, IEnumerable<object> events, long version, LocalDate on) =>
        From(events.Aggregate(state, Roadmap.Evolve) with { Version = version }, on);
}

/// <summary>One roadmap of a list: who, which council, and its counts per status on the date asked.</summary>
public sealed record RoadmapSummaryResponse(Guid Id, Guid FacilitatorId, Guid CouncilId, LocalDate OpenedOn, int Actions, RoadmapStatusCounts Counts, long Version)
{
    public static RoadmapSummaryResponse From(Roadmap r, LocalDate on) =>
        new(r.Id, r.FacilitatorId, r.CouncilId, r.OpenedOn, r.ActionsOn(on).Count(), r.CountsOn(on), r.Version);
}

public sealed record RoadmapListResponse(LocalDate On, IReadOnlyList<RoadmapSummaryResponse> Roadmaps)
{
    public static RoadmapListResponse From(IEnumerable<Roadmap> roadmaps, LocalDate on) =>
        new(on, roadmaps.OrderBy(r => r.OpenedOn).ThenBy(r => r.Id).Select(r => RoadmapSummaryResponse.From(r, on)).ToArray());
}
