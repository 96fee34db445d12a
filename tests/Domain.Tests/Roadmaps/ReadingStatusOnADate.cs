using ConseilsCitoyens.Domain.Roadmaps;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Roadmaps.RoadmapFixtures;

namespace ConseilsCitoyens.Domain.Tests.Roadmaps;

public class ReadingStatusOnADate
{
    private static RoadmapActionStatus? StatusOn(Roadmap roadmap, int year, int month, int day) =>
        roadmap.FindAction(ActionId)!.StatusOn(new LocalDate(year, month, day));

    [Fact]
    public void An_action_has_no_status_before_it_was_proposed() => Assert.Null(StatusOn(Planned, 2017, 9, 3));

    [Fact]
    public void A_planned_action_is_planned_until_its_due_date_then_overdue()
    {
        Assert.Equal(RoadmapActionStatus.Planned, StatusOn(Planned, 2017, 9, 4));
        Assert.Equal(RoadmapActionStatus.Planned, StatusOn(Planned, 2017, 12, 15));
        Assert.Equal(RoadmapActionStatus.Overdue, StatusOn(Planned, 2017, 12, 16));
    }

    [Fact]
    public void A_started_action_is_in_progress_from_its_start_until_due_then_overdue()
    {
        Assert.Equal(RoadmapActionStatus.Planned, StatusOn(InProgress, 2017, 10, 1));
        Assert.Equal(RoadmapActionStatus.InProgress, StatusOn(InProgress, 2017, 10, 2));
        Assert.Equal(RoadmapActionStatus.Overdue, StatusOn(InProgress, 2018, 1, 2));
    }

    [Fact]
    public void A_done_action_is_done_from_its_end_and_never_overdue()
    {
        var done = GivenRoadmap(Opened(), Proposed(), Started(), Done(new LocalDate(2017, 12, 1)));

        Assert.Equal(RoadmapActionStatus.InProgress, StatusOn(done, 2017, 11, 30));
        Assert.Equal(RoadmapActionStatus.Done, StatusOn(done, 2017, 12, 1));
        Assert.Equal(RoadmapActionStatus.Done, StatusOn(done, 2019, 1, 1));
    }

    [Fact]
    public void A_dropped_action_is_dropped_from_its_drop_and_never_overdue() =>
        Assert.Equal(RoadmapActionStatus.Dropped, StatusOn(GivenRoadmap(Opened(), Proposed(), Dropped()), 2018, 6, 30));

    [Fact]
    public void A_rescheduled_action_is_overdue_only_after_the_due_date_in_force_on_that_date()
    {
        var roadmap = GivenRoadmap(Opened(), Proposed(),
            new RoadmapActionRescheduled(RoadmapId, CouncilId, ActionId, new LocalDate(2018, 3, 1), "Salle indisponible", new LocalDate(2018, 1, 10)));

        Assert.Equal(RoadmapActionStatus.Overdue, StatusOn(roadmap, 2018, 1, 9));
        Assert.Equal(RoadmapActionStatus.Planned, StatusOn(roadmap, 2018, 1, 10));
        Assert.Equal(RoadmapActionStatus.Overdue, StatusOn(roadmap, 2018, 3, 2));
    }

    [Fact]
    public void Counts_per_status_cover_the_actions_proposed_by_that_date()
    {
        var other = new RoadmapActionProposed(RoadmapId, CouncilId, OtherActionId, "Permanence au marché", RoadmapActionKind.Project, PriorityId,
            new LocalDate(2018, 9, 1), 2, new LocalDate(2018, 2, 5));
        var roadmap = GivenRoadmap(Opened(), Proposed(), Started(), other);

        Assert.Equal(new RoadmapStatusCounts(0, 1, 0, 0, 0), roadmap.CountsOn(new LocalDate(2017, 11, 1)));
        Assert.Equal(new RoadmapStatusCounts(1, 0, 0, 0, 1), roadmap.CountsOn(new LocalDate(2018, 6, 30)));
    }
}
