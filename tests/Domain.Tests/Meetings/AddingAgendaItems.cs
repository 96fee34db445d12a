using ConseilsCitoyens.Domain.Meetings;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Meetings.MeetingFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Meetings;

public class AddingAgendaItems
{
    private static readonly Meeting Meeting = GivenMeeting(Planned());

    [Fact]
    public void A_member_proposes_the_first_item() =>
        ThenEvents(MeetingDecider.AddAgendaItem(Meeting, Council, new AddAgendaItem(" Jardin partagé ", Actor.Member(OtherMemberId)), Today),
            new AgendaItemAdded(MeetingId, CouncilId, 1, "Jardin partagé", Actor.Member(OtherMemberId), Today));

    [Fact]
    public void An_item_is_dated_the_day_it_was_proposed_not_the_day_it_is_recorded() =>
        ThenEvents(MeetingDecider.AddAgendaItem(Meeting, Council, new AddAgendaItem("Propreté", Actor.Facilitator, PlannedFor.PlusDays(-7)), Today.PlusYears(2)),
            new AgendaItemAdded(MeetingId, CouncilId, 1, "Propreté", Actor.Facilitator, PlannedFor.PlusDays(-7)));

    [Fact]
    public void An_item_is_not_dated_in_the_future_nor_before_the_council()
    {
        ThenRejected("date.in-future", () => MeetingDecider.AddAgendaItem(Meeting, Council, new AddAgendaItem("Propreté", Actor.Facilitator, Today.PlusDays(1)), Today));
        ThenRejected("meeting.before-council-creation",
            () => MeetingDecider.AddAgendaItem(Meeting, Council, new AddAgendaItem("Propreté", Actor.Facilitator, CreatedOn.PlusDays(-1)), Today));
    }

    [Fact]
    public void Items_are_numbered_in_the_order_they_are_added()
    {
        var meeting = GivenMeeting(Planned(), new AgendaItemAdded(MeetingId, CouncilId, 1, "Jardin partagé", Actor.Facilitator, Today));

        var added = MeetingDecider.AddAgendaItem(meeting, Council, new AddAgendaItem("Propreté", Actor.Partner), Today);

        Assert.Equal(2, Assert.IsType<AgendaItemAdded>(Assert.Single(added)).Number);
    }

    [Fact]
    public void Proposing_the_same_item_again_appends_nothing()
    {
        var meeting = GivenMeeting(Planned(), new AgendaItemAdded(MeetingId, CouncilId, 1, "Jardin partagé", Actor.Facilitator, Today));

        ThenEvents(MeetingDecider.AddAgendaItem(meeting, Council, new AddAgendaItem("jardin partagé", Actor.Facilitator), Today));
    }

    [Fact]
    public void The_same_title_proposed_by_someone_else_is_a_duplicate()
    {
        var meeting = GivenMeeting(Planned(), new AgendaItemAdded(MeetingId, CouncilId, 1, "Jardin partagé", Actor.Facilitator, Today));

        ThenRejected("meeting.agenda-item-duplicate",
            () => MeetingDecider.AddAgendaItem(meeting, Council, new AddAgendaItem("Jardin partagé", Actor.Partner), Today));
    }

    [Fact]
    public void A_proposer_who_is_not_a_member_is_rejected() =>
        ThenRejected("meeting.proposer-not-member",
            () => MeetingDecider.AddAgendaItem(Meeting, Council, new AddAgendaItem("Propreté", Actor.Member(LateMemberId)), Today));

    [Fact]
    public void The_agenda_of_a_held_meeting_is_closed() =>
        ThenRejected("meeting.already-held",
            () => MeetingDecider.AddAgendaItem(GivenMeeting(Planned(), Held()), Council, new AddAgendaItem("Propreté", Actor.Facilitator), Today));

    [Fact]
    public void A_cancelled_meeting_takes_no_agenda_item() =>
        ThenRejected("meeting.cancelled",
            () => MeetingDecider.AddAgendaItem(GivenMeeting(Planned(), Cancelled()), Council, new AddAgendaItem("Propreté", Actor.Facilitator), Today));
}
