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

    private static LocalDate? HeldMonth(Meeting? meeting) =>
        meeting is { Status: MeetingStatus.Held, HeldOn: { } on } ? MonthOf(on) : null;
}
