using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace ConseilsCitoyens.Domain.Roadmaps;

/// <summary>How many actions of a roadmap stood in each status on a date.</summary>
public sealed record RoadmapStatusCounts(int Planned, int InProgress, int Done, int Dropped, int Overdue)
{
    public static RoadmapStatusCounts Of(IEnumerable<RoadmapActionStatus> statuses)
    {
        var list = statuses.ToList();
        return new RoadmapStatusCounts(
            list.Count(s => s == RoadmapActionStatus.Planned),
            list.Count(s => s == RoadmapActionStatus.InProgress),
            list.Count(s => s == RoadmapActionStatus.Done),
            list.Count(s => s == RoadmapActionStatus.Dropped),
            list.Count(s => s == RoadmapActionStatus.Overdue));
    }
}

/// <summary>
/// The roadmap (feuille de route) of one facilitator for one council: the actions and projects
/// proposed in answer to the territory diagnostic's priorities, folded from its stream.
/// </summary>
public sealed record Roadmap(
    Guid Id,
    Guid FacilitatorId,
    Guid CouncilId,
    LocalDate OpenedOn,
    ImmutableArray<RoadmapAction> Actions,
    long Version = 0)
{
    /// <summary>One roadmap per facilitator and council: the id is derived from both, so a second opening collides.</summary>
    public static Guid StreamIdFor(Guid facilitatorId, Guid councilId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"roadmap:{facilitatorId:D}:{councilId:D}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    public RoadmapAction? FindAction(Guid actionId) => Actions.FirstOrDefault(a => a.ActionId == actionId);

    /// <summary>The actions proposed by a date, with their status on it.</summary>
    public IEnumerable<(RoadmapAction Action, RoadmapActionStatus Status)> ActionsOn(LocalDate date) =>
        Actions.Select(a => (Action: a, Status: a.StatusOn(date))).Where(x => x.Status is not null).Select(x => (x.Action, x.Status!.Value));

    public RoadmapStatusCounts CountsOn(LocalDate date) => RoadmapStatusCounts.Of(ActionsOn(date).Select(x => x.Status));

    public static Roadmap Evolve(Roadmap? state, object @event) => (state, @event) switch
    {
        (null, RoadmapOpened e) => new Roadmap(e.RoadmapId, e.FacilitatorId, e.CouncilId, e.OpenedOn, []),
        (not null, RoadmapActionProposed e) => state with { Actions = state.Actions.Add(RoadmapAction.From(e)) },
        (not null, RoadmapActionStarted e) => state.Change(e.ActionId, a => a with { StartedOn = e.StartedOn }),
        (not null, RoadmapActionCompleted e) => state.Change(e.ActionId, a => a with { Done = new RoadmapActionEnd(e.DoneOn, e.Outcome) }),
        (not null, RoadmapActionDropped e) => state.Change(e.ActionId, a => a with { Dropped = new RoadmapActionEnd(e.DroppedOn, e.Reason) }),
        (not null, RoadmapActionRescheduled e) => state.Change(e.ActionId,
            a => a with { DueDates = a.DueDates.Add(new Revision<LocalDate>(e.DueOn, e.RescheduledOn, e.Reason)) }),
        (not null, RoadmapActionReprioritised e) => state.Change(e.ActionId,
            a => a with { Ranks = a.Ranks.Add(new Revision<int>(e.Rank, e.ReprioritisedOn, e.Reason)) }),
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing roadmap" : "roadmap " + state.Id)}"),
    };

    private Roadmap Change(Guid actionId, Func<RoadmapAction, RoadmapAction> change) =>
        this with { Actions = Actions.Select(a => a.ActionId == actionId ? change(a) : a).ToImmutableArray() };
}
