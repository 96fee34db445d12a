using ConseilsCitoyens.Domain.Roadmaps;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Roadmaps.RoadmapFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Roadmaps;

public class OpeningARoadmap
{
    [Fact]
    public void A_roadmap_opens_with_its_first_action_on_a_stream_derived_from_facilitator_and_council()
    {
        var events = RoadmapDecider.Open(GivenCouncil(Created()), FacilitatorId, Propose(), Today);

        ThenEvents(events, Opened(), Proposed());
        Assert.Equal(RoadmapId, Roadmap.StreamIdFor(FacilitatorId, CouncilId));
        Assert.NotEqual(RoadmapId, Roadmap.StreamIdFor(CouncilId, FacilitatorId));
    }

    [Fact]
    public void No_roadmap_answers_a_council_before_it_existed() =>
        ThenRejected("roadmap.before-council",
            () => RoadmapDecider.Open(GivenCouncil(Created()), FacilitatorId, Propose(proposedOn: CreatedOn.PlusDays(-1)), Today));

    [Fact]
    public void A_further_action_is_proposed_with_a_rank_up_to_the_number_of_actions() =>
        ThenEvents(RoadmapDecider.Propose(Planned, Propose(OtherActionId, rank: 2), Today), Proposed(OtherActionId, rank: 2));

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void A_rank_outside_one_to_the_number_of_actions_is_refused(int rank) =>
        ThenRejected("roadmap.rank-out-of-range", () => RoadmapDecider.Propose(Planned, Propose(OtherActionId, rank), Today));

    [Fact]
    public void An_action_answers_a_priority_of_the_diagnostic() =>
        ThenRejected("roadmap.priority-required",
            () => RoadmapDecider.Propose(Planned, Propose(OtherActionId, 2) with { PriorityId = Guid.Empty }, Today));

    [Fact]
    public void An_action_is_not_due_before_it_is_proposed() =>
        ThenRejected("roadmap.due-date-in-the-past",
            () => RoadmapDecider.Propose(Planned, Propose(OtherActionId, 2, dueOn: OpenedOn.PlusDays(-1)), Today));

    [Fact]
    public void An_action_is_not_proposed_in_the_future() =>
        ThenRejected("date.in-future",
            () => RoadmapDecider.Propose(Planned, Propose(OtherActionId, 2, dueOn: Today.PlusDays(30), proposedOn: Today.PlusDays(1)), Today));

    [Fact]
    public void An_action_is_not_proposed_before_the_roadmap_was_opened() =>
        ThenRejected("roadmap.date-before-opening",
            () => RoadmapDecider.Propose(Planned, Propose(OtherActionId, 2, proposedOn: OpenedOn.PlusDays(-1)), Today));

    [Fact]
    public void Proposing_the_same_action_again_appends_nothing() =>
        ThenEvents(RoadmapDecider.Propose(InProgress, Propose(), Today));

    [Fact]
    public void Proposing_another_action_under_a_known_id_is_refused() =>
        ThenRejected("roadmap.action-already-proposed",
            () => RoadmapDecider.Propose(Planned, Propose() with { Title = "Autre chose" }, Today));
}
