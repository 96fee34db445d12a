using System.Globalization;
using System.Text;
using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Domain.Indicators;
using NodaTime;
using static ConseilsCitoyens.Api.Dashboard.FrenchFigures;
using Ids = ConseilsCitoyens.Domain.Conventions.IndicatorIds;

namespace ConseilsCitoyens.Api.Dashboard;

/// <summary>The French dashboard's markup: values computed by <see cref="Report.Compute"/>, every text HTML-encoded.</summary>
/// <param name="KnownAt">The instant of the log the figures reflect; the page says it, and its export links ask for it.</param>
internal sealed record DashboardPage(ReportPeriod Period, IReadOnlyList<IndicatorValue> Programme, IReadOnlyList<DashboardPage.Row> Arrondissements,
    IReadOnlyList<DashboardPage.Row> Councils, DashboardCharts Charts, Instant KnownAt)
{
    /// <param name="CouncilId">Set for a council's row, null for an arrondissement's.</param>
    public sealed record Row(string Name, Guid? CouncilId, IReadOnlyList<string> Arrondissements, IReadOnlyList<IndicatorValue> Values);

    private enum Format { Count, Percent, Days }

    private static readonly (string Id, string Heading, Format Format)[] Columns =
    [
        (Ids.Members, "Membres", Format.Count),
        (Ids.ResidentsShare, "Part des habitants", Format.Percent),
        (Ids.MeetingsHeld, "Réunions tenues", Format.Count),
        (Ids.AttendanceRate, "Taux de présence", Format.Percent),
        (Ids.ProposalsFiled, "Avis et propositions", Format.Count),
        (Ids.AnswerDelayDaysMedian, "Délai médian de réponse", Format.Days),
        (Ids.InterpellationsByStage, "Interpellations", Format.Count),
        (Ids.ComplianceWarnings, "Avertissements de conformité", Format.Count),
    ];

    public string Html()
    {
        var year = ExportQuery();
        var html = new StringBuilder($$"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <title>Tableau de bord des conseils citoyens — {{Period.From.Year.ToString("0000", CultureInfo.InvariantCulture)}}</title>
            <link rel="icon" href="data:,">
            <style>
            body{font-family:sans-serif;margin:2rem auto;max-width:80rem;line-height:1.4;color:#222}
            table{border-collapse:collapse;margin:1rem 0 2rem;width:100%}
            th,td{border:1px solid #ccc;padding:.3rem .5rem}th{background:#eef;text-align:left}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            .chiffres{display:flex;flex-wrap:wrap;gap:1rem;padding:0;list-style:none}
            .chiffres li{border:1px solid #ccc;border-radius:.3rem;padding:.5rem 1rem}.chiffres b{display:block;font-size:1.5rem}
            {{DashboardCharts.Styles}}
            </style>
            </head>
            <body>
            <h1>Tableau de bord des conseils citoyens</h1>
            <p>Période : du {{Day(Period.From)}} au {{Day(Period.To)}}. Autre année : <code>?year=</code> ; à une date passée : <code>?asOf=</code>. Définition de chaque indicateur : <a href="/indicateurs">les indicateurs</a>.</p>
            <p class="connues">Données connues au {{E(Moment(KnownAt))}} : seuls comptent les faits enregistrés jusqu'à cet instant ; pour retrouver ces chiffres plus tard, <code>?asKnownAt={{E(ReportCsv.KnownAt(KnownAt))}}</code>.</p>
            <h2>Le dispositif en un coup d'œil</h2>
            <ul class="chiffres">

            """);
        foreach (var (id, heading, format) in Columns)
            html.Append($"<li>{E(heading)}<b>{Cell(Programme, id, format)}</b></li>\n");
        html.Append($"""
            </ul>
            <p>Exports : <a href="/report.csv?{E(year)}">CSV du dispositif</a> · <a href="/report?{E(year)}&amp;open=true">JSON (données ouvertes)</a></p>
            <h2>Par arrondissement</h2>

            """);
        Table(html, "Arrondissement", Arrondissements, year);
        html.Append("<h2>Par conseil</h2>\n");
        Table(html, "Conseil", Councils, year);
        Charts.Write(html);
        html.Append("""
            <p>Les fichiers CSV sont en UTF-8 avec séparateur « ; » et virgule décimale ; les effectifs par genre inférieurs au seuil de diffusion y sont couverts par le secret statistique.</p>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static void Table(StringBuilder html, string first, IReadOnlyList<Row> rows, string year)
    {
        if (rows.Count == 0)
        {
            html.Append("<p>Aucun conseil.</p>\n");
            return;
        }
        html.Append($"<table>\n<thead><tr><th>{E(first)}</th>");
        if (first == "Conseil")
            html.Append("<th>Arrondissements</th>");
        foreach (var (id, heading, _) in Columns)
            html.Append($"<th><a href=\"/indicateurs#{E(id)}\">{E(heading)}</a></th>");
        html.Append("<th>Export</th></tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append($"<tr><td>{E(row.Name)}</td>");
            if (row.CouncilId is not null)
                html.Append($"<td>{E(string.Join(", ", row.Arrondissements))}</td>");
            foreach (var (id, _, format) in Columns)
                html.Append($"<td class=\"n\">{Cell(row.Values, id, format)}</td>");
            var csv = row.CouncilId is { } councilId
                ? $"/councils/{councilId}/report.csv?{year}"
                : $"/report.csv?{year}&arrondissement={Uri.EscapeDataString(row.Name)}";
            html.Append($"<td><a href=\"{E(csv)}\">CSV</a></td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>The exports of the same figures: this year, cut at the same day, as known at the same instant.</summary>
    private string ExportQuery()
    {
        var asOf = Period.To < new LocalDate(Period.From.Year, 12, 31) ? $"&asOf={ReportCsv.Date(Period.To)}" : "";
        return $"year={Period.From.Year.ToString("0000", CultureInfo.InvariantCulture)}{asOf}&asKnownAt={Uri.EscapeDataString(ReportCsv.KnownAt(KnownAt))}";
    }

    /// <returns>Markup: the encoded figure, its unit after a non-breaking space.</returns>
    private static string Cell(IReadOnlyList<IndicatorValue> values, string id, Format format) =>
        values.Single(v => v.Definition.Id == id).Value is not { } value ? "—"
        : format switch
        {
            Format.Percent => E((value * 100).ToString("0.#", French)) + "&nbsp;%",
            Format.Days => E(value.ToString("0.#", French)) + "&nbsp;j",
            _ => E(value.ToString("0.##", French)),
        };

}
