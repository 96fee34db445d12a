using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Meetings;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Indicators.IndicatorFixtures;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

public class ComputingMeetingIndicators
{
    private static readonly Meeting[] Meetings =
    [
        HeldMeeting(1, D(2018, 3, 14), register: [(1, Presence.Present), (2, Presence.Present), (3, Presence.Absent)],
            agendaProposers: [Actor.Member(Id(1)), Actor.Facilitator]),
        HeldMeeting(2, D(2018, 9, 10), convenedBy: Actor.Facilitator, chairedBy: Actor.Facilitator,
            register: [(1, Presence.Present), (2, Presence.Excused)], agendaProposers: [Actor.Partner, Actor.Member(Id(2))]),
        HeldMeeting(3, D(2018, 11, 5), convenedBy: Actor.Facilitator),
        HeldMeeting(4, D(2017, 12, 4), register: [(1, Presence.Absent)]),
        PlannedMeeting(5, D(2018, 12, 3)),
    ];

    [Fact]
    public void Only_meetings_held_in_the_period_count()
    {
        Assert.Equal(3, MeetingIndicators.Held(Meetings, Year2018));
        Assert.Equal(1, MeetingIndicators.Held(Meetings, Year2018.AsOf(D(2018, 6, 30))));
    }

    [Fact]
    public void Attendance_pools_the_registers_of_the_meetings_held_in_the_period()
    {
        // 3 present of 5 registered; the meeting without a register adds nothing.
        Assert.Equal(0.6m, MeetingIndicators.AttendanceRate(Meetings, Year2018));
        Assert.Null(MeetingIndicators.AttendanceRate([Meetings[2]], Year2018));
    }

    [Fact]
    public void Autonomy_compares_members_with_the_facilitator()
    {
        Assert.Equal(0.3333m, MeetingIndicators.ConvenedByMembersShare(Meetings, Year2018));
        Assert.Equal(0.6667m, MeetingIndicators.ChairedByMembersShare(Meetings, Year2018));
        Assert.Equal(0.5m, MeetingIndicators.AgendaItemsByMembersShare(Meetings, Year2018));
    }

    [Fact]
    public void Meetings_per_council_divide_by_the_councils_existing_at_the_end()
    {
        Assert.Equal(3m, MeetingIndicators.PerCouncil(Meetings, [GivenCouncil(Created())], Year2018));
        Assert.Null(MeetingIndicators.PerCouncil(Meetings, [], Year2018));
    }
}
