using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Domain.Roadmaps;

public sealed record ProposeRoadmapAction(Guid ActionId, string Title, RoadmapActionKind Kind, Guid PriorityId, LocalDate DueOn, int Rank, LocalDate ProposedOn);

public sealed record StartRoadmapAction(LocalDate StartedOn);

public sealed record CompleteRoadmapAction(string Outcome, LocalDate DoneOn);

public sealed record DropRoadmapAction(string Reason, LocalDate DroppedOn);

public sealed record RescheduleRoadmapAction(LocalDate DueOn, string Reason, LocalDate RescheduledOn);

public sealed record ReprioritiseRoadmapAction(int Rank, string Reason, LocalDate ReprioritisedOn);

/// <summary>
/// A facilitator's roadmap for a council (DOMAIN.md §1): actions are planned, started, then done or
/// dropped; nothing changes once an action is done or dropped. Due dates and ranks keep their history.
/// </summary>
public static class RoadmapDecider
{
    /// <summary>Opens the roadmap with its first action.</summary>
    public static IReadOnlyList<object> Open(Council council, Guid facilitatorId, ProposeRoadmapAction first, LocalDate today)
    {
        if (first.ProposedOn < council.CreatedOn)
            throw new RuleViolation("roadmap.before-council",
                $"The council was created on {council.CreatedOn:yyyy-MM-dd}; no roadmap answers it before.");
        var id = Roadmap.StreamIdFor(facilitatorId, council.Id);
        var opened = new RoadmapOpened(id, facilitatorId, council.Id, first.ProposedOn);
        var roadmap = Roadmap.Evolve(null, opened);
        return [opened, .. Propose(roadmap, first, today)];
    }

    /// <returns>Nothing when this action is already proposed with the same facts (a retry).</returns>
    public static IReadOnlyList<object> Propose(Roadmap roadmap, ProposeRoadmapAction command, LocalDate today)
    {
        var proposed = new RoadmapActionProposed(roadmap.Id, roadmap.CouncilId, command.ActionId, command.Title.Trim(), command.Kind, command.PriorityId,
            command.DueOn, command.Rank, command.ProposedOn);

        if (roadmap.FindAction(command.ActionId) is { } existing)
        {
            if (existing.ProposalIn(roadmap.Id, roadmap.CouncilId) == proposed)
                return [];
            throw new RuleViolation("roadmap.action-already-proposed", $"Action {command.ActionId} is already on the roadmap, with other facts.");
        }

        if (command.PriorityId == Guid.Empty)
            throw new RuleViolation("roadmap.priority-required", "An action answers a priority of the territory diagnostic.");
        if (command.ProposedOn < roadmap.OpenedOn)
            throw new RuleViolation("roadmap.date-before-opening",
                $"The proposal ({command.ProposedOn:yyyy-MM-dd}) is before the roadmap was opened ({roadmap.OpenedOn:yyyy-MM-dd}).");
        ProgrammeCalendar.NotInFuture(command.ProposedOn, today, "The proposal date");
        DueNotInThePast(command.DueOn, command.ProposedOn);
        RankInRange(command.Rank, roadmap.Actions.Length + 1);
        return [proposed];
    }

    public static IReadOnlyList<object> Start(Roadmap roadmap, Guid actionId, StartRoadmapAction command, LocalDate today)
    {
        var action = Find(roadmap, actionId);
        if (action.StartedOn == command.StartedOn && !action.IsClosed)
            return [];
        NotClosed(action);
        if (action.StartedOn is { } started)
            throw new RuleViolation("roadmap.action-already-started", $"The action was already started on {started:yyyy-MM-dd}.");
        NotBeforeProposal(action, command.StartedOn, "start");
        ProgrammeCalendar.NotInFuture(command.StartedOn, today, "The start date");
        return [new RoadmapActionStarted(roadmap.Id, roadmap.CouncilId, actionId, command.StartedOn)];
    }

    public static IReadOnlyList<object> Complete(Roadmap roadmap, Guid actionId, CompleteRoadmapAction command, LocalDate today)
    {
        var action = Find(roadmap, actionId);
        var end = new RoadmapActionEnd(command.DoneOn, command.Outcome.Trim());
        if (action.Done == end)
            return [];
        NotClosed(action);
        if (action.StartedOn is not { } started)
            throw new RuleViolation("roadmap.action-not-started", "Only a started action is done: record its start first.");
        if (command.DoneOn < started)
            throw new RuleViolation("roadmap.date-before-start",
                $"The end ({command.DoneOn:yyyy-MM-dd}) is before the start ({started:yyyy-MM-dd}).");
        ProgrammeCalendar.NotInFuture(command.DoneOn, today, "The completion date");
        return [new RoadmapActionCompleted(roadmap.Id, roadmap.CouncilId, actionId, end.Account, end.On)];
    }

    public static IReadOnlyList<object> Drop(Roadmap roadmap, Guid actionId, DropRoadmapAction command, LocalDate today)
    {
        var action = Find(roadmap, actionId);
        var end = new RoadmapActionEnd(command.DroppedOn, command.Reason.Trim());
        if (action.Dropped == end)
            return [];
        NotClosed(action);
        if (end.Account.Length == 0)
            throw new RuleViolation("roadmap.drop-reason-required", "A dropped action says why it was dropped.");
        NotBeforeProposal(action, command.DroppedOn, "drop");
        if (action.StartedOn is { } started && command.DroppedOn < started)
            throw new RuleViolation("roadmap.date-before-start",
                $"The drop ({command.DroppedOn:yyyy-MM-dd}) is before the start ({started:yyyy-MM-dd}).");
        ProgrammeCalendar.NotInFuture(command.DroppedOn, today, "The drop date");
        return [new RoadmapActionDropped(roadmap.Id, roadmap.CouncilId, actionId, end.Account, end.On)];
    }

    /// <returns>Nothing when the action is already due on that date.</returns>
    public static IReadOnlyList<object> Reschedule(Roadmap roadmap, Guid actionId, RescheduleRoadmapAction command, LocalDate today)
    {
        var action = Find(roadmap, actionId);
        NotClosed(action);
        if (action.DueOn == command.DueOn)
            return [];
        NotBeforeProposal(action, command.RescheduledOn, "rescheduling");
        ProgrammeCalendar.NotInFuture(command.RescheduledOn, today, "The rescheduling date");
        DueNotInThePast(command.DueOn, command.RescheduledOn);
        return [new RoadmapActionRescheduled(roadmap.Id, roadmap.CouncilId, actionId, command.DueOn, command.Reason.Trim(), command.RescheduledOn)];
    }

    /// <returns>Nothing when the action already holds that rank.</returns>
    public static IReadOnlyList<object> Reprioritise(Roadmap roadmap, Guid actionId, ReprioritiseRoadmapAction command, LocalDate today)
    {
        var action = Find(roadmap, actionId);
        NotClosed(action);
        if (action.Rank == command.Rank)
            return [];
        NotBeforeProposal(action, command.ReprioritisedOn, "reprioritisation");
        ProgrammeCalendar.NotInFuture(command.ReprioritisedOn, today, "The reprioritisation date");
        RankInRange(command.Rank, roadmap.Actions.Length);
        return [new RoadmapActionReprioritised(roadmap.Id, roadmap.CouncilId, actionId, command.Rank, command.Reason.Trim(), command.ReprioritisedOn)];
    }

    private static RoadmapAction Find(Roadmap roadmap, Guid actionId) => roadmap.FindAction(actionId)
        ?? throw new RuleViolation("roadmap.action-unknown", $"Action {actionId} is not on roadmap {roadmap.Id}.");

    private static void NotClosed(RoadmapAction action)
    {
        if (action.Done is { } done)
            throw new RuleViolation("roadmap.action-already-done", $"The action was done on {done.On:yyyy-MM-dd}: it no longer changes.");
        if (action.Dropped is { } dropped)
            throw new RuleViolation("roadmap.action-already-dropped", $"The action was dropped on {dropped.On:yyyy-MM-dd}: it no longer changes.");
    }

    private static void NotBeforeProposal(RoadmapAction action, LocalDate date, string what)
    {
        if (date < action.ProposedOn)
            throw new RuleViolation("roadmap.date-before-proposal",
                $"The {what} ({date:yyyy-MM-dd}) is before the action was proposed ({action.ProposedOn:yyyy-MM-dd}).");
    }

    private static void DueNotInThePast(LocalDate dueOn, LocalDate setOn)
    {
        if (dueOn < setOn)
            throw new RuleViolation("roadmap.due-date-in-the-past", $"The due date ({dueOn:yyyy-MM-dd}) is before the day it is set ({setOn:yyyy-MM-dd}).");
    }

    private static void RankInRange(int rank, int actions)
    {
        if (rank < 1 || rank > actions)
            throw new RuleViolation("roadmap.rank-out-of-range", $"The rank is between 1 and {actions}, the number of actions on the roadmap.");
    }
}
