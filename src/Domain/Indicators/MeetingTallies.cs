using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Meetings;

namespace ConseilsCitoyens.Domain.Indicators;

/// <summary>Held meetings as day tallies (<see cref="MeetingDay"/>): from the meetings themselves, or kept up to date one meeting change at a time.</summary>
public static class MeetingTallies
{
    /// <summary>The held meetings tallied per council and day, ordered by council then day.</summary>
    public static IReadOnlyList<MeetingDay> Of(IEnumerable<Meeting> meetings) =>
        meetings.Where(m => m is { Status: MeetingStatus.Held, HeldOn: not null })
            .GroupBy(m => (m.CouncilId, Day: m.HeldOn!.Value))
            .OrderBy(g => g.Key.CouncilId).ThenBy(g => g.Key.Day)
            .Select(g => new MeetingDay(g.Key.CouncilId, g.Key.Day, g.Aggregate(MeetingTally.None, (tally, m) => tally.Plus(MeetingTally.Of(m)))))
            .ToArray();

    /// <summary>A held meeting's contribution added to its day (a day entry created when it has none).</summary>
    public static ImmutableArray<MeetingDay> Add(ImmutableArray<MeetingDay> days, Meeting meeting) =>
        Change(days, meeting, (tally, contribution) => tally.Plus(contribution));

    /// <summary>A held meeting's contribution taken back from its day (the day entry dropped when nothing is left).</summary>
    public static ImmutableArray<MeetingDay> Remove(ImmutableArray<MeetingDay> days, Meeting meeting) =>
        Change(days, meeting, (tally, contribution) => tally.Minus(contribution));

    public static IEnumerable<MeetingDay> In(IEnumerable<MeetingDay> days, ReportPeriod period) => days.Where(d => period.Contains(d.Day));

    private static ImmutableArray<MeetingDay> Change(ImmutableArray<MeetingDay> days, Meeting meeting, Func<MeetingTally, MeetingTally, MeetingTally> change)
    {
        if (meeting is not { Status: MeetingStatus.Held, HeldOn: { } day })
            return days;
        var index = IndexOf(days, meeting.CouncilId, day);
        var tally = change(index < 0 ? MeetingTally.None : days[index].Tally, MeetingTally.Of(meeting));
        var rest = index < 0 ? days : days.RemoveAt(index);
        return tally.Equals(MeetingTally.None) ? rest : [.. rest.Add(new MeetingDay(meeting.CouncilId, day, tally)).OrderBy(d => d.CouncilId).ThenBy(d => d.Day)];
    }

    private static int IndexOf(ImmutableArray<MeetingDay> days, Guid councilId, NodaTime.LocalDate day)
    {
        for (var i = 0; i < days.Length; i++)
            if (days[i].CouncilId == councilId && days[i].Day == day)
                return i;
        return -1;
    }
}
