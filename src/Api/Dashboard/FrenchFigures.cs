using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NodaTime;

namespace ConseilsCitoyens.Api.Dashboard;

/// <summary>How the dashboard writes text and figures: HTML-encoded, French-formatted.</summary>
internal static class FrenchFigures
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string text) => Encoder.Encode(text);

    public static string Day(LocalDate date) => date.ToString("d MMMM yyyy", French);

    /// <summary>An instant as a Paris reader says it: "30 juin 2018 à 12:00:00 (heure de Paris)".</summary>
    public static string Moment(Instant at) =>
        at.InZone(Domain.Common.ProgrammeCalendar.Zone).ToString("d MMMM yyyy 'à' HH:mm:ss", French) + " (heure de Paris)";

    public static string Percent(decimal? ratio) => ratio is { } r ? (r * 100).ToString("0.#", French) + " %" : "—";

    /// <summary>A value in its indicator's unit (DOMAIN.md §5): proportions as percents, cents as euros, days shortened.</summary>
    public static string InUnit(decimal? value, string unit) => value is not { } v ? "—" : unit switch
    {
        _ when unit.StartsWith("proportion", StringComparison.Ordinal) => Percent(v),
        "centimes d'euro" => (v / 100).ToString("#,0.##", French) + " €",
        "jours calendaires" => v.ToString("0.#", French) + " j",
        _ => v.ToString("#,0.##", French) + " " + unit,
    };

    /// <summary>A chart's tick: the value alone, or with a short unit (%, €, j); the unit's name goes once above the axis (<see cref="AxisCaption"/>).</summary>
    public static string AxisValue(decimal value, string unit) => AxisCaption(unit) is null ? InUnit(value, unit) : value.ToString("#,0.##", French);

    /// <returns>The unit written above a chart's axis, or null when each tick carries it.</returns>
    public static string? AxisCaption(string unit) =>
        unit.StartsWith("proportion", StringComparison.Ordinal) || unit is "centimes d'euro" or "jours calendaires" ? null : unit;

    /// <summary>A gap always signed (a true minus sign), in its indicator's unit.</summary>
    public static string Gap(decimal? gap, string unit) => gap switch
    {
        null => "—",
        > 0 => "+" + InUnit(gap, unit),
        < 0 => "−" + InUnit(-gap, unit),
        _ => InUnit(0, unit),
    };
}
