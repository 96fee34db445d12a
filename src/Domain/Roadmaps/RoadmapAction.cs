using System.Collections.Immutable;
using NodaTime;

namespace ConseilsCitoyens.Domain.Roadmaps;

public enum RoadmapActionKind
{
    Action,
    Project,
}

public enum RoadmapActionStatus
{
    Planned,
    InProgress,
    Done,
    Dropped,
    Overdue,
}

/// <summary>A due date or a rank, from the date it was set on, and why it changed (null for the first).</summary>
public sealed record Revision<T>(T Value, LocalDate Since, string? Reason);

/// <summary>How an action ended: its date and its outcome (done) or reason (dropped).</summary>
public sealed record RoadmapActionEnd(LocalDate On, string Account);

public sealed record RoadmapAction(
    Guid ActionId,
    string Title,
    RoadmapActionKind Kind,
    Guid PriorityId,
    LocalDate ProposedOn,
    ImmutableArray<Revision<LocalDate>> DueDates,
    ImmutableArray<Revision<int>> Ranks,
    LocalDate? StartedOn = null,
    RoadmapActionEnd? Done = null,
    RoadmapActionEnd? Dropped = null)
{
    public LocalDate DueOn => DueDates[^1].Value;

    public int Rank => Ranks[^1].Value;

    /// <summary>The rank in force on a date: the last one set on or before it.</summary>
    public int RankAsOf(LocalDate date) => Ranks.LastOrDefault(r => r.Since <= date)?.Value ?? Ranks[0].Value;

    public bool IsClosed => Done is not null || Dropped is not null;

    /// <summary>The due date in force on a date: the last one set on or before it.</summary>
    public LocalDate DueOnAsOf(LocalDate date) => DueDates.LastOrDefault(d => d.Since <= date)?.Value ?? DueDates[0].Value;

    /// <summary>
    /// The action's status as it stood on a date, null before it was proposed. Overdue: neither done
    /// nor dropped on that date, and due before it.
    /// </summary>
    public RoadmapActionStatus? StatusOn(LocalDate date)
    {
        if (date < ProposedOn)
            return null;
        if (Done is { } done && done.On <= date)
            return RoadmapActionStatus.Done;
        if (Dropped is { } dropped && dropped.On <= date)
            return RoadmapActionStatus.Dropped;
        if (DueOnAsOf(date) < date)
            return RoadmapActionStatus.Overdue;
        return StartedOn is { } started && started <= date ? RoadmapActionStatus.InProgress : RoadmapActionStatus.Planned;
    }

    /// <summary>The proposal as first recorded, to recognise a retry.</summary>
    public RoadmapActionProposed ProposalIn(Guid roadmapId, Guid councilId) =>
        new(roadmapId, councilId, ActionId, Title, Kind, PriorityId, DueDates[0].Value, Ranks[0].Value, ProposedOn);

    public static RoadmapAction From(RoadmapActionProposed e) => new(
        e.ActionId, e.Title, e.Kind, e.PriorityId, e.ProposedOn,
        [new Revision<LocalDate>(e.DueOn, e.ProposedOn, null)], [new Revision<int>(e.Rank, e.ProposedOn, null)]);
}
