using ConseilsCitoyens.Domain.Conventions;
using NodaTime;

namespace ConseilsCitoyens.Domain.Indicators;

/// <summary>Attendance and steering representation over one calendar quarter, cut to the convention and the evaluation date.</summary>
public sealed record QuarterPoint(
    string Quarter, ReportPeriod Period, int MeetingsHeld, decimal? AttendanceRate, int SteeringSessions, int SteeringSessionsWithRepresentative);

/// <summary>The convention quarter by quarter, for charts over time; the same indicator functions as every report.</summary>
public static class QuarterlySeries
{
    public static IReadOnlyList<QuarterPoint> Compute(ReportFacts facts, Convention convention, LocalDate asOf)
    {
        var councils = ProgrammeIndicators.Ids(facts.Councils);
        return Quarters(convention, asOf).Select(q => new QuarterPoint(q.Quarter, q.Period,
                MeetingIndicators.Held(facts.MeetingDays, q.Period),
                MeetingIndicators.AttendanceRate(facts.MeetingDays, facts.Councils, q.Period),
                OutputIndicators.SteeringSessions(facts.SteeringSessions, councils, q.Period),
                OutputIndicators.SteeringSessionsWithRepresentative(facts.SteeringSessions, councils, q.Period)))
            .ToArray();
    }

    /// <summary>The calendar quarters from the convention's start to the date (or its end), each cut to both, named like 2018-Q2.</summary>
    public static IReadOnlyList<(string Quarter, ReportPeriod Period)> Quarters(Convention convention, LocalDate asOf)
    {
        var last = asOf < convention.EndsOn ? asOf : convention.EndsOn;
        var quarters = new List<(string, ReportPeriod)>();
        // Before the start there is no quarter yet (not an inverted period).
        for (var first = QuarterStart(convention.StartsOn); first <= last && last >= convention.StartsOn; first = first.PlusMonths(3))
        {
            var from = first > convention.StartsOn ? first : convention.StartsOn;
            quarters.Add(($"{first.Year}-Q{(first.Month - 1) / 3 + 1}", new ReportPeriod(from, first.PlusMonths(3).PlusDays(-1)).AsOf(last)));
        }
        return quarters;
    }

    private static LocalDate QuarterStart(LocalDate date) => new(date.Year, (date.Month - 1) / 3 * 3 + 1, 1);
}
