using ConseilsCitoyens.Domain.Meetings;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Meetings.MeetingFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Meetings;

public class HoldingAMeeting
{
    private static readonly Meeting Meeting = GivenMeeting(Planned());

    [Fact]
    public void A_planned_meeting_is_held_chaired_by_a_member() =>
        ThenEvents(MeetingDecider.Hold(Meeting, Council, Hold(), Today), new MeetingHeld(MeetingId, CouncilId, HeldOn, Actor.Member(MemberId)));

    [Fact]
    public void A_meeting_chaired_by_the_facilitator_is_held_on_another_day_than_planned()
    {
        var meeting = GivenMeeting(Planned(), Assert.Single(MeetingDecider.Hold(Meeting, Council, Hold(Actor.Facilitator, Today), Today)));

        Assert.Equal(MeetingStatus.Held, meeting.Status);
        Assert.Equal(Today, meeting.HeldOn);
        Assert.Equal(Actor.Facilitator, meeting.ChairedBy);
    }

    [Fact]
    public void Holding_it_again_the_same_way_appends_nothing() =>
        ThenEvents(MeetingDecider.Hold(GivenMeeting(Planned(), Held()), Council, Hold(), Today));

    [Fact]
    public void Holding_it_again_differently_is_rejected() =>
        ThenRejected("meeting.already-held",
            () => MeetingDecider.Hold(GivenMeeting(Planned(), Held()), Council, Hold(Actor.Facilitator), Today));

    [Fact]
    public void A_cancelled_meeting_cannot_be_held() =>
        ThenRejected("meeting.cancelled", () => MeetingDecider.Hold(GivenMeeting(Planned(), Cancelled()), Council, Hold(), Today));

    [Fact]
    public void A_meeting_is_not_held_in_the_future() =>
        ThenRejected("date.in-future", () => MeetingDecider.Hold(Meeting, Council, Hold(heldOn: Today.PlusDays(1)), Today));

    [Fact]
    public void A_meeting_is_not_held_before_the_council_exists() =>
        ThenRejected("meeting.before-council-creation",
            () => MeetingDecider.Hold(Meeting, Council, Hold(Actor.Facilitator, CreatedOn.PlusDays(-1)), Today));

    [Fact]
    public void A_partner_does_not_chair_the_councils_meeting() =>
        ThenRejected("meeting.chaired-by-partner", () => MeetingDecider.Hold(Meeting, Council, Hold(Actor.Partner), Today));

    [Fact]
    public void The_chair_must_be_a_member_on_the_day_it_was_held() =>
        ThenRejected("meeting.chair-not-member", () => MeetingDecider.Hold(Meeting, Council, Hold(Actor.Member(LateMemberId)), Today));
}
