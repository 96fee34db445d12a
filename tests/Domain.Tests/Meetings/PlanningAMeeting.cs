using ConseilsCitoyens.Domain.Meetings;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Meetings.MeetingFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Meetings;

public class PlanningAMeeting
{
    [Fact]
    public void A_member_convenes_a_plenary_meeting() =>
        ThenEvents([MeetingDecider.Plan(Council, Plan())],
            new MeetingPlanned(MeetingId, CouncilId, MeetingKind.Plenary, PlannedFor, Actor.Member(MemberId)));

    [Fact]
    public void The_facilitator_convenes_a_meeting_in_the_future()
    {
        var planned = MeetingDecider.Plan(Council, Plan(Actor.Facilitator, Today.PlusDays(30)));

        Assert.Equal(Actor.Facilitator, planned.ConvenedBy);
        Assert.Equal(Today.PlusDays(30), planned.PlannedFor);
    }

    [Fact]
    public void A_planned_meeting_starts_with_an_empty_agenda_and_no_register()
    {
        var meeting = GivenMeeting(Planned());

        Assert.Equal(MeetingStatus.Planned, meeting.Status);
        Assert.Empty(meeting.Agenda);
        Assert.Empty(meeting.Register);
        Assert.Null(meeting.AttendanceIn(Council).Rate);
    }

    [Fact]
    public void A_partner_does_not_convene_the_councils_meeting() =>
        ThenRejected("meeting.convened-by-partner", () => MeetingDecider.Plan(Council, Plan(Actor.Partner)));

    [Fact]
    public void A_convener_who_is_not_a_member_on_the_planned_date_is_rejected()
    {
        ThenRejected("meeting.convener-not-member", () => MeetingDecider.Plan(Council, Plan(Actor.Member(Guid.NewGuid()))));
        ThenRejected("meeting.convener-not-member", () => MeetingDecider.Plan(Council, Plan(Actor.Member(LateMemberId))));
    }

    [Fact]
    public void No_meeting_is_planned_before_the_council_exists() =>
        ThenRejected("meeting.before-council-creation",
            () => MeetingDecider.Plan(Council, Plan(Actor.Facilitator, CreatedOn.PlusDays(-1))));

    [Fact]
    public void A_meeting_on_the_councils_creation_day_is_accepted() =>
        Assert.Equal(CreatedOn, MeetingDecider.Plan(Council, Plan(Actor.Facilitator, new LocalDate(2017, 3, 6))).PlannedFor);
}
