using ConseilsCitoyens.Domain.Roadmaps;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Roadmaps.RoadmapFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Roadmaps;

public class FollowingRoadmapActions
{
    private static readonly LocalDate StartedOn = new(2017, 10, 2);

    [Fact]
    public void A_planned_action_starts() =>
        ThenEvents(RoadmapDecider.Start(Planned, ActionId, new StartRoadmapAction(StartedOn), Today), Started(StartedOn));

    [Fact]
    public void Starting_again_on_the_same_date_appends_nothing() =>
        ThenEvents(RoadmapDecider.Start(InProgress, ActionId, new StartRoadmapAction(StartedOn), Today));

    [Fact]
    public void An_action_starts_once() =>
        ThenRejected("roadmap.action-already-started",
            () => RoadmapDecider.Start(InProgress, ActionId, new StartRoadmapAction(StartedOn.PlusDays(1)), Today));

    [Fact]
    public void An_action_does_not_start_before_it_was_proposed() =>
        ThenRejected("roadmap.date-before-proposal",
            () => RoadmapDecider.Start(Planned, ActionId, new StartRoadmapAction(OpenedOn.PlusDays(-1)), Today));

    [Fact]
    public void A_started_action_is_done_with_its_outcome() =>
        ThenEvents(RoadmapDecider.Complete(InProgress, ActionId, new CompleteRoadmapAction(" Trois réunions, 40 habitants ", new LocalDate(2017, 12, 1)), Today),
            Done());

    [Fact]
    public void A_planned_action_is_not_done_before_it_starts() =>
        ThenRejected("roadmap.action-not-started",
            () => RoadmapDecider.Complete(Planned, ActionId, new CompleteRoadmapAction("Fait", new LocalDate(2017, 12, 1)), Today));

    [Fact]
    public void An_action_is_not_done_before_its_start() =>
        ThenRejected("roadmap.date-before-start",
            () => RoadmapDecider.Complete(InProgress, ActionId, new CompleteRoadmapAction("Fait", StartedOn.PlusDays(-1)), Today));

    [Fact]
    public void An_action_is_not_done_in_the_future() =>
        ThenRejected("date.in-future",
            () => RoadmapDecider.Complete(InProgress, ActionId, new CompleteRoadmapAction("Fait", Today.PlusDays(1)), Today));

    [Fact]
    public void Completing_again_the_same_way_appends_nothing() =>
        ThenEvents(RoadmapDecider.Complete(GivenRoadmap(Opened(), Proposed(), Started(), Done()), ActionId,
            new CompleteRoadmapAction("Trois réunions, 40 habitants", new LocalDate(2017, 12, 1)), Today));

    [Fact]
    public void A_planned_action_is_dropped_with_its_reason() =>
        ThenEvents(RoadmapDecider.Drop(Planned, ActionId, new DropRoadmapAction("Pas de salle", new LocalDate(2017, 11, 6)), Today), Dropped());

    [Fact]
    public void A_started_action_is_dropped_with_its_reason() =>
        ThenEvents(RoadmapDecider.Drop(InProgress, ActionId, new DropRoadmapAction("Pas de salle", new LocalDate(2017, 11, 6)), Today), Dropped());

    [Fact]
    public void A_drop_says_why() =>
        ThenRejected("roadmap.drop-reason-required",
            () => RoadmapDecider.Drop(Planned, ActionId, new DropRoadmapAction("  ", new LocalDate(2017, 11, 6)), Today));

    [Fact]
    public void A_done_action_cannot_be_dropped() =>
        ThenRejected("roadmap.action-already-done", () => RoadmapDecider.Drop(GivenRoadmap(Opened(), Proposed(), Started(), Done()), ActionId,
            new DropRoadmapAction("Trop tard", new LocalDate(2017, 12, 2)), Today));

    [Fact]
    public void A_dropped_action_cannot_start() =>
        ThenRejected("roadmap.action-already-dropped", () => RoadmapDecider.Start(GivenRoadmap(Opened(), Proposed(), Dropped()), ActionId,
            new StartRoadmapAction(new LocalDate(2017, 11, 7)), Today));

    [Fact]
    public void A_dropped_action_cannot_be_done() =>
        ThenRejected("roadmap.action-already-dropped", () => RoadmapDecider.Complete(GivenRoadmap(Opened(), Proposed(), Started(), Dropped()), ActionId,
            new CompleteRoadmapAction("Fait", new LocalDate(2017, 12, 1)), Today));

    [Fact]
    public void A_done_action_is_neither_rescheduled_nor_reprioritised()
    {
        var done = GivenRoadmap(Opened(), Proposed(), Started(), Done());

        ThenRejected("roadmap.action-already-done", () => RoadmapDecider.Reschedule(done, ActionId,
            new RescheduleRoadmapAction(new LocalDate(2018, 3, 1), "Retard", new LocalDate(2017, 12, 5)), Today));
        ThenRejected("roadmap.action-already-done", () => RoadmapDecider.Reprioritise(done, ActionId,
            new ReprioritiseRoadmapAction(2, "Moins urgent", new LocalDate(2017, 12, 5)), Today));
    }

    [Fact]
    public void An_unknown_action_is_refused() =>
        ThenRejected("roadmap.action-unknown", () => RoadmapDecider.Start(Planned, OtherActionId, new StartRoadmapAction(StartedOn), Today));

    [Fact]
    public void A_rescheduled_action_keeps_the_history_of_its_due_dates()
    {
        var rescheduledOn = new LocalDate(2017, 12, 1);
        var events = RoadmapDecider.Reschedule(InProgress, ActionId, new RescheduleRoadmapAction(new LocalDate(2018, 3, 1), "Salle indisponible", rescheduledOn), Today);

        ThenEvents(events, new RoadmapActionRescheduled(RoadmapId, CouncilId, ActionId, new LocalDate(2018, 3, 1), "Salle indisponible", rescheduledOn));
        var action = GivenRoadmap([Opened(), Proposed(), Started(), .. events]).FindAction(ActionId)!;
        Assert.Equal(new LocalDate(2018, 3, 1), action.DueOn);
        Assert.Equal([DueOn, new LocalDate(2018, 3, 1)], action.DueDates.Select(d => d.Value));
        Assert.Equal(DueOn, action.DueOnAsOf(rescheduledOn.PlusDays(-1)));
    }

    [Fact]
    public void Rescheduling_to_the_same_due_date_appends_nothing() =>
        ThenEvents(RoadmapDecider.Reschedule(Planned, ActionId, new RescheduleRoadmapAction(DueOn, "Rien", new LocalDate(2017, 10, 1)), Today));

    [Fact]
    public void An_action_is_not_rescheduled_to_a_past_date() =>
        ThenRejected("roadmap.due-date-in-the-past", () => RoadmapDecider.Reschedule(Planned, ActionId,
            new RescheduleRoadmapAction(new LocalDate(2017, 11, 1), "Erreur", new LocalDate(2017, 11, 2)), Today));

    [Fact]
    public void A_reprioritised_action_keeps_the_history_of_its_ranks()
    {
        var roadmap = GivenRoadmap(Opened(), Proposed(), Proposed(OtherActionId, 2));
        var on = new LocalDate(2017, 10, 9);

        var events = RoadmapDecider.Reprioritise(roadmap, ActionId, new ReprioritiseRoadmapAction(2, "Attente du bailleur", on), Today);

        ThenEvents(events, new RoadmapActionReprioritised(RoadmapId, CouncilId, ActionId, 2, "Attente du bailleur", on));
        Assert.Equal([1, 2], GivenRoadmap([Opened(), Proposed(), Proposed(OtherActionId, 2), .. events]).FindAction(ActionId)!.Ranks.Select(r => r.Value));
    }

    [Fact]
    public void A_rank_beyond_the_number_of_actions_is_refused() =>
        ThenRejected("roadmap.rank-out-of-range",
            () => RoadmapDecider.Reprioritise(Planned, ActionId, new ReprioritiseRoadmapAction(2, "Plus tard", new LocalDate(2017, 10, 9)), Today));

    [Fact]
    public void Reprioritising_to_the_same_rank_appends_nothing() =>
        ThenEvents(RoadmapDecider.Reprioritise(Planned, ActionId, new ReprioritiseRoadmapAction(1, "Rien", new LocalDate(2017, 10, 9)), Today));
}
