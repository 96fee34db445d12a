using System.Globalization;
using ConseilsCitoyens.Domain.Indicators;
using CsvHelper;
using NodaTime;
using NodaTime.Text;

namespace ConseilsCitoyens.Api.Reports;

/// <summary>
/// The French CSV of a report (README "Exports"): UTF-8 with a byte order mark, ';' between fields,
/// CRLF, French headers, decimal comma without thousands separators, ISO dates, one row per
/// indicator then one per part of its breakdown; figures under statistical secrecy are left empty
/// with a note; the last column says which instant of the log the figures reflect ("données connues au").
/// </summary>
internal static class ReportCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] Headers =
    [
        "périmètre", "conseil", "quartier", "arrondissement", "début de période", "fin de période",
        "indicateur", "détail", "libellé", "valeur", "unité", "version de la définition", "note", "données connues au",
    ];

    public static readonly CsvWriterOptions Options = new()
    {
        Separator = ';',
        WriteByteOrderMark = true,
        // Labels are ours, but a spreadsheet must never run a field as a formula.
        Injection = CsvInjection.Escape,
    };

    /// <summary>
    /// For tables whose every text field is ours (ids, labels, ISO dates, numbers we format): a
    /// negative number (a gap) must stay a number, so a leading '-' is not taken for a formula; = + @ still are.
    /// </summary>
    public static readonly CsvWriterOptions SignedNumbersOptions = new()
    {
        Separator = ';',
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=@+\t\r",
    };

    private static readonly NumberFormatInfo French = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    public static string Number(decimal value) => value.ToString("0.##########", French);

    public static string Number(decimal? value) => value is { } v ? Number(v) : "";

    public static string Date(LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static byte[] Write(ComputedReport report, int suppressBelow)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteRecord(Headers);
            var secretNote = $"secret statistique : effectif inférieur à {suppressBelow}";
            foreach (var v in StatisticalSecrecy.Disclose(report.Values, suppressBelow))
            {
                var note = v.Secret ? secretNote : "";
                csv.WriteRecord(Row(report, v.Definition, "", v.Value is { } value ? Number(value) : "", note));
                foreach (var part in v.Source.Breakdown?.Keys ?? [])
                    csv.WriteRecord(Row(report, v.Definition, part, v.Breakdown is { } parts ? Number(parts[part]) : "", note));
            }
            csv.Flush();
        }
        return stream.ToArray();
    }

    public static string FileName(ComputedReport report) =>
        $"rapport-{Scope(report.Scope)}{((report.QuartierCode ?? report.ArrondissementCode) is { } where ? "-" + where : "")}-{report.Period.From:yyyy-MM-dd}-{report.Period.To:yyyy-MM-dd}.csv";

    private static string[] Row(ComputedReport report, IndicatorDefinition d, string part, string value, string note) =>
    [
        Scope(report.Scope), report.CouncilId?.ToString() ?? "", report.QuartierCode ?? "", report.ArrondissementCode ?? "",
        Date(report.Period.From), Date(report.Period.To),
        d.Id, part, d.Label, value, d.Unit, d.Version.ToString(CultureInfo.InvariantCulture), note, KnownAt(report.KnownAt),
    ];

    /// <summary>The instant of the log the figures reflect, as asKnownAt takes it back (ISO, UTC, to the fraction of a second).</summary>
    public static string KnownAt(Instant at) => InstantPattern.ExtendedIso.Format(at);

    public static string Scope(ReportScope scope) => scope switch
    {
        ReportScope.Council => "conseil",
        ReportScope.Quartier => "quartier",
        ReportScope.Arrondissement => "arrondissement",
        _ => "programme",
    };
}
