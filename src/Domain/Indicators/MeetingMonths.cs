using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Meetings;
using NodaTime;

namespace ConseilsCitoyens.Domain.Indicators;

/// <summary>
/// Where a council's report finds its meetings: each held meeting filed under the month it was held
/// in, the date the indicators attribute it by, so that a period reads its own months only.
/// </summary>
public static class MeetingMonths
{
    public static LocalDate MonthOf(LocalDate day) => new(day.Year, day.Month, 1);

    /// <summary>The months a period's days fall in, first to last.</summary>
    public static IEnumerable<LocalDate> Covering(ReportPeriod period)
    {
        for (var month = MonthOf(period.From); month <= period.To; month = month.PlusMonths(1))
            yield return month;
    }

    /// <summary>A change of one meeting as the months see it: the month it leaves (where it was filed before) and the month that files it now.</summary>
    public static (LocalDate? Leaves, LocalDate? Files) Filing(Meeting? before, Meeting? after) =>
        (HeldMonth(before), HeldMonth(after));

    /// <summary>
    /// A change of one meeting as the monthly day tallies see it, in this order: its contribution before taken
    /// back from the month that filed it, its contribution now added to the month that files it.
    /// </summary>
    public static IEnumerable<MonthChange> Changes(Meeting? before, Meeting? after)
    {
        var (leaves, files) = Filing(before, after);
        if (leaves is { } left)
            yield return new MonthChange(before!.CouncilId, left, days => MeetingTallies.Remove(days, before));
        if (files is { } month)
            yield return new MonthChange(after!.CouncilId, month, days => MeetingTallies.Add(days, after));
    }

    private static LocalDate? HeldMonth(Meeting? meeting) =>
        meeting is { Status: MeetingStatus.Held, HeldOn: { } on } ? MonthOf(on) : null;
}

/// <summary>What one meeting's change does to one council's month of day tallies.</summary>
public sealed record MonthChange(Guid CouncilId, LocalDate Month, Func<ImmutableArray<MeetingDay>, ImmutableArray<MeetingDay>> Apply);
