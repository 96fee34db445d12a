using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Meetings;
using NodaTime;
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

    private static IReadOnlyList<MeetingDay> Days(IEnumerable<Meeting> meetings) => MeetingTallies.Of(meetings);

    [Fact]
    public void Only_meetings_held_in_the_period_count()
    {
        Assert.Equal(3, MeetingIndicators.Held(Days(Meetings), Year2018));
        Assert.Equal(1, MeetingIndicators.Held(Days(Meetings), Year2018.AsOf(D(2018, 6, 30))));
    }

    // Members 1 to 3 sit through 2018; member 4 joined on 2018-06-01.
    private static readonly Council[] TheCouncil = [GivenCouncil(Created(), Member(1), Member(2), Member(3), Member(4, on: D(2018, 6, 1)))];

    [Fact]
    public void Attendance_pools_the_registers_of_the_meetings_held_in_the_period()
    {
        // March: 2 present of 3 named; September: 1 present, 1 excused, members 3 and 4 not named so absent.
        // 3 present of 7 expected; the meeting without a register adds nothing.
        Assert.Equal(0.4286m, MeetingIndicators.AttendanceRate(Days(Meetings), TheCouncil, Year2018));
        Assert.Null(MeetingIndicators.AttendanceRate(Days([Meetings[2]]), TheCouncil, Year2018));
    }

    [Fact]
    public void A_partial_register_counts_the_members_it_does_not_name_as_absent()
    {
        Meeting[] partial = [HeldMeeting(6, D(2018, 3, 14), register: [(1, Presence.Present), (2, Presence.Present)])];

        Assert.Equal(0.6667m, MeetingIndicators.AttendanceRate(Days(partial), TheCouncil, Year2018));
    }

    [Fact]
    public void Autonomy_compares_members_with_the_facilitator()
    {
        Assert.Equal(0.3333m, MeetingIndicators.ConvenedByMembersShare(Days(Meetings), Year2018));
        Assert.Equal(0.6667m, MeetingIndicators.ChairedByMembersShare(Days(Meetings), Year2018));
        Assert.Equal(0.5m, MeetingIndicators.AgendaItemsByMembersShare(Days(Meetings), Year2018));
    }

    [Fact]
    public void Meetings_per_council_divide_by_the_councils_existing_during_the_period()
    {
        Assert.Equal(3m, MeetingIndicators.PerCouncil(Days(Meetings), [GivenCouncil(Created())], Year2018));
        Assert.Null(MeetingIndicators.PerCouncil(Days(Meetings), [], Year2018));
    }

    [Fact]
    public void A_council_dissolved_before_the_period_is_not_in_the_divisor_and_one_dissolved_during_it_is()
    {
        Council DissolvedOn(LocalDate on) => GivenCouncil(Created(), new CouncilStatusChanged(CouncilId, CouncilStatus.Dissolved, "Fin", on));

        Assert.Null(MeetingIndicators.PerCouncil(Days([]), [DissolvedOn(D(2017, 12, 31))], Year2018));
        Assert.Null(MeetingIndicators.PerCouncil(Days([]), [DissolvedOn(D(2018, 1, 1))], Year2018));
        Assert.Equal(3m, MeetingIndicators.PerCouncil(Days(Meetings), [GivenCouncil(Created()), DissolvedOn(D(2017, 6, 30))], Year2018));
        Assert.Equal(1.5m, MeetingIndicators.PerCouncil(Days(Meetings), [GivenCouncil(Created()), DissolvedOn(D(2018, 6, 30))], Year2018));
    }
}
