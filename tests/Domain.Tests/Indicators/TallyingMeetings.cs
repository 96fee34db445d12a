using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Meetings;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Indicators.IndicatorFixtures;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

public class TallyingMeetings
{
    private static readonly (int, Presence)[] TwoPresentOneAbsent = [(1, Presence.Present), (2, Presence.Present), (3, Presence.Absent)];

    private static readonly Meeting[] Meetings =
    [
        HeldMeeting(1, D(2018, 3, 14), register: TwoPresentOneAbsent, agendaProposers: [Actor.Member(Id(1)), Actor.Facilitator]),
        HeldMeeting(2, D(2018, 3, 14), convenedBy: Actor.Facilitator, register: TwoPresentOneAbsent, agendaProposers: [Actor.Partner]),
        HeldMeeting(3, D(2018, 3, 14), chairedBy: Actor.Facilitator, register: [(1, Presence.Excused)]),
        HeldMeeting(4, D(2018, 3, 17)),
        HeldMeeting(5, D(2018, 9, 10), register: [(2, Presence.Present), (1, Presence.Present)]),
        PlannedMeeting(6, D(2018, 3, 14)),
    ];

    [Fact]
    public void A_day_tallies_its_held_meetings_and_counts_identical_registers_together()
    {
        var march14 = MeetingTallies.Of(Meetings).Single(d => d.Day == D(2018, 3, 14)).Tally;

        Assert.Equal(3, march14.MeetingsHeld());
        Assert.Equal(2, march14.ConvenedByMembers);
        Assert.Equal(2, march14.ChairedByMembers);
        Assert.Equal(3, march14.AgendaItems);
        Assert.Equal(1, march14.AgendaItemsByMembers);
        Assert.Equal([(0, 1, 0, 1, 1), (2, 0, 1, 3, 2)], march14.Registers.Select(r => (r.Present, r.Excused, r.Absent, r.Named.Length, r.Meetings)));
    }

    [Fact]
    public void Only_days_with_held_meetings_have_an_entry_and_a_meeting_without_register_counts_no_attendance()
    {
        var days = MeetingTallies.Of(Meetings);

        Assert.Equal([D(2018, 3, 14), D(2018, 3, 17), D(2018, 9, 10)], days.Select(d => d.Day));
        Assert.Empty(days.Single(d => d.Day == D(2018, 3, 17)).Tally.Registers);
    }

    [Fact]
    public void The_indicators_of_the_tallies_are_those_counted_meeting_by_meeting()
    {
        // Members 1 to 3 sit through 2018, member 4 from June: unnamed members sitting count as absent.
        Council[] council = [GivenCouncil(Created(), Member(1), Member(2), Member(3), Member(4, on: D(2018, 6, 1)))];
        var days = MeetingTallies.Of(Meetings);
        var held = Meetings.Where(m => m.Status == MeetingStatus.Held).ToArray();
        var attendance = held.Select(m => m.AttendanceIn(council[0])).ToArray();

        Assert.Equal(held.Length, MeetingIndicators.Held(days, Year2018));
        Assert.Equal(Math.Round((decimal)attendance.Sum(a => a.Present) / attendance.Sum(a => a.RegisterSize), 4),
            MeetingIndicators.AttendanceRate(days, council, Year2018));
        Assert.Equal(Math.Round(4m / 5, 4), MeetingIndicators.ConvenedByMembersShare(days, Year2018));
        Assert.Equal(Math.Round(4m / 5, 4), MeetingIndicators.ChairedByMembersShare(days, Year2018));
        Assert.Equal(Math.Round(1m / 3, 4), MeetingIndicators.AgendaItemsByMembersShare(days, Year2018));
        // 2018-03-17 is a Saturday.
        Assert.Equal(1, MeetingIndicators.HeldOnNonWorkingDays(days, Domain.Calendar.WorkingCalendar.WeekendsOnly, Year2018)["weekend"]);
    }

    [Fact]
    public void Meetings_added_one_by_one_in_any_order_give_the_tallies_of_them_all()
    {
        var expected = MeetingTallies.Of(Meetings);

        Assert.Equal(expected, Meetings.Aggregate(ImmutableArray<MeetingDay>.Empty, MeetingTallies.Add));
        Assert.Equal(expected, Meetings.Reverse().Aggregate(ImmutableArray<MeetingDay>.Empty, MeetingTallies.Add));
    }

    [Fact]
    public void A_meeting_removed_takes_back_exactly_what_it_added()
    {
        var all = Meetings.Aggregate(ImmutableArray<MeetingDay>.Empty, MeetingTallies.Add);

        foreach (var meeting in Meetings)
            Assert.Equal(MeetingTallies.Of(Meetings.Where(m => m != meeting)), MeetingTallies.Remove(all, meeting));
        Assert.Empty(Meetings.Aggregate(all, MeetingTallies.Remove));
    }

    [Fact]
    public void Removing_what_was_never_added_is_refused_rather_than_tallied_below_zero()
    {
        ImmutableArray<MeetingDay> days = [.. MeetingTallies.Of(Meetings.Take(1))];

        Assert.Throws<InvalidOperationException>(() => MeetingTallies.Remove(days, Meetings[3]));
    }
}
