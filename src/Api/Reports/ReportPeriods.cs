using System.Globalization;
using System.Text.RegularExpressions;
using ConseilsCitoyens.Api.Conventions;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Indicators;
using NodaTime;

namespace ConseilsCitoyens.Api.Reports;

/// <summary>
/// The one reading of a report's period from its query string: exactly one of from+to, year
/// (2018), quarter (2018-Q2), month (2018-06) or conventionYear (1 to the programme convention's
/// duration), then an optional asOf; anything else is a 400. Which events count (asKnownAt) is KnownStates'.
/// </summary>
internal static partial class ReportPeriods
{
    /// <summary>Reads the programme's convention only when a convention year is asked for.</summary>
    public static async Task<ReportPeriod> Read(KnownStates states, string? from, string? to, string? year, string? quarter, string? month,
        string? conventionYear, string? asOf, CancellationToken ct) =>
        Parse(from, to, year, quarter, month, conventionYear, asOf,
            string.IsNullOrWhiteSpace(conventionYear) ? null : await states.ProgrammeConvention(ct));

    /// <summary>Without convention years (the dashboard's calendar years).</summary>
    public static ReportPeriod Parse(string? from, string? to, string? year, string? quarter, string? month, string? asOf) =>
        Parse(from, to, year, quarter, month, null, asOf, null);

    public static ReportPeriod Parse(string? from, string? to, string? year, string? quarter, string? month, string? conventionYear,
        string? asOf, Convention? convention)
    {
        var given = new[] { from ?? to, year, quarter, month, conventionYear }.Count(v => !string.IsNullOrWhiteSpace(v));
        if (given != 1)
            throw new MalformedRequest("period",
                "Give exactly one period: from and to (ISO dates), year (2018), quarter (2018-Q2), month (2018-06) or conventionYear (1).");

        var period = !string.IsNullOrWhiteSpace(year) ? Year(year)
            : !string.IsNullOrWhiteSpace(quarter) ? Quarter(quarter)
            : !string.IsNullOrWhiteSpace(month) ? Month(month)
            : !string.IsNullOrWhiteSpace(conventionYear) ? ConventionYear(conventionYear, convention)
            : Between(from, to);

        var asOfDate = QueryDates.Parse(asOf, "asOf");
        if (asOfDate < period.From)
            throw new MalformedRequest("asOf", $"asOf ({asOfDate:yyyy-MM-dd}) is before the period's start ({period.From:yyyy-MM-dd}).");
        return period.AsOf(asOfDate);
    }

    private static ReportPeriod Between(string? from, string? to)
    {
        var start = QueryDates.Required(from, "from");
        var end = QueryDates.Required(to, "to");
        if (end < start)
            throw new MalformedRequest("to", $"to ({end:yyyy-MM-dd}) is before from ({start:yyyy-MM-dd}).");
        return new ReportPeriod(start, end);
    }

    /// <summary>The convention's own definition of its years (ConventionPeriod), not a calendar year.</summary>
    private static ReportPeriod ConventionYear(string value, Convention? convention)
    {
        if (convention is null)
            throw new MalformedRequest("conventionYear", "No convention is signed: there are no convention years yet.");
        var text = value.Trim();
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !convention.HasYear(number))
            throw new MalformedRequest("conventionYear",
                $"'{value}' is not a year of the convention, which runs {convention.DurationYears} year(s) from {convention.StartsOn:yyyy-MM-dd}.");
        return ReportPeriod.Of(convention.Years()[number - 1]);
    }

    private static ReportPeriod Year(string value)
    {
        var year = YearNumber(value.Trim(), "year", value);
        return new ReportPeriod(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    private static ReportPeriod Quarter(string value)
    {
        var match = QuarterPattern().Match(value.Trim());
        if (!match.Success)
            throw new MalformedRequest("quarter", $"'{value}' is not a quarter such as 2018-Q2.");
        var first = new LocalDate(YearNumber(match.Groups[1].Value, "quarter", value), (int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) - 1) * 3 + 1, 1);
        return new ReportPeriod(first, first.PlusMonths(3).PlusDays(-1));
    }

    private static ReportPeriod Month(string value)
    {
        var match = MonthPattern().Match(value.Trim());
        var number = match.Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        if (number is < 1 or > 12)
            throw new MalformedRequest("month", $"'{value}' is not a month such as 2018-06.");
        var first = new LocalDate(YearNumber(match.Groups[1].Value, "month", value), number, 1);
        return new ReportPeriod(first, first.PlusMonths(1).PlusDays(-1));
    }

    private static int YearNumber(string text, string name, string value) =>
        YearPattern().IsMatch(text) && int.Parse(text, CultureInfo.InvariantCulture) is var year and >= 1900 and <= 9998
            ? year
            : throw new MalformedRequest(name, $"'{value}' does not name a year such as 2018.");

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex YearPattern();

    [GeneratedRegex("^([0-9]{4})-Q([1-4])$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex("^([0-9]{4})-([0-9]{2})$")]
    private static partial Regex MonthPattern();
}
