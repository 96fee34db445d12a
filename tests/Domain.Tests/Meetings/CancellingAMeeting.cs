using ConseilsCitoyens.Domain.Meetings;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Meetings.MeetingFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Meetings;

public class CancellingAMeeting
{
    [Fact]
    public void A_planned_meeting_is_cancelled_with_its_reason_today() =>
        ThenEvents(MeetingDecider.Cancel(GivenMeeting(Planned()), new CancelMeeting(" Salle indisponible "), Today),
            new MeetingCancelled(MeetingId, CouncilId, "Salle indisponible", Today));

    [Fact]
    public void A_cancellation_recorded_later_keeps_the_date_it_was_decided_and_never_a_future_one()
    {
        ThenEvents(MeetingDecider.Cancel(GivenMeeting(Planned()), new CancelMeeting("Grève", Today.PlusDays(-3)), Today),
            new MeetingCancelled(MeetingId, CouncilId, "Grève", Today.PlusDays(-3)));
        ThenRejected("date.in-future", () => MeetingDecider.Cancel(GivenMeeting(Planned()), new CancelMeeting("Grève", Today.PlusDays(1)), Today));
    }

    [Fact]
    public void Cancelling_again_for_the_same_reason_appends_nothing() =>
        ThenEvents(MeetingDecider.Cancel(GivenMeeting(Planned(), Cancelled()), new CancelMeeting("Salle indisponible"), Today));

    [Fact]
    public void A_cancelled_meeting_is_not_cancelled_again_for_another_reason() =>
        ThenRejected("meeting.cancelled",
            () => MeetingDecider.Cancel(GivenMeeting(Planned(), Cancelled()), new CancelMeeting("Grève"), Today));

    [Fact]
    public void A_held_meeting_cannot_be_cancelled() =>
        ThenRejected("meeting.already-held",
            () => MeetingDecider.Cancel(GivenMeeting(Planned(), Held()), new CancelMeeting("Salle indisponible"), Today));
}
