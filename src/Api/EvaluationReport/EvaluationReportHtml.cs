using System.Globalization;
using System.Text;
using NodaTime;
using static ConseilsCitoyens.Api.Dashboard.FrenchFigures;

namespace ConseilsCitoyens.Api.EvaluationReport;

/// <summary>
/// The evaluation report as a French HTML document to read and print: no script, inline styles and
/// SVG only, a running header on every printed page. Every figure comes from the document's model;
/// the markup depends on nothing else (no clock, no culture of the machine), so the same model gives the same bytes.
/// </summary>
internal sealed partial class EvaluationReportHtml(EvaluationReportDocument document)
{
    private readonly StringBuilder _html = new();

    public static string Write(EvaluationReportDocument document) => new EvaluationReportHtml(document).Page();

    private EvaluationReportDocument D => document;

    /// <summary>"l'année 2 de la convention (du … au …)" or "l'ensemble de la convention (du … au …)".</summary>
    private string PeriodName => (D.Period.ConventionYear is { } year ? $"l'année {year} de la convention" : "l'ensemble de la convention")
                                 + $" (du {Day(D.Period.From)} au {Day(D.Period.To)})";

    private string Page()
    {
        var title = $"Rapport d'évaluation — {D.Convention.Title}";
        _html.Append($$"""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <title>{{E(title)}}</title>
            <link rel="icon" href="data:,">
            <style>
            {{Styles}}
            {{RunningHeader(title)}}
            </style>
            </head>
            <body>
            <h1>{{E(title)}}</h1>
            <p class="chapeau">Évaluation de {{E(PeriodName)}}, à la date du {{E(Day(D.Period.AsOf))}}, d'après le journal des événements tel qu'il était connu le {{E(Moment(D.Method.Provenance.KnownAt))}}.</p>
            <nav><ol>
            <li><a href="#convention">La convention et la période couverte</a></li>
            <li><a href="#synthese">Synthèse : cibles et résultats</a></li>
            <li><a href="#conseils">Les conseils</a></li>
            <li><a href="#dispositif">Le travail du dispositif</a></li>
            <li><a href="#conformite">Conformité au cadre légal</a></li>
            <li><a href="#methode">Méthode et provenance des données</a></li>
            </ol></nav>

            """);
        Convention();
        Summary();
        Councils();
        Programme();
        Compliance();
        Method();
        _html.Append("</body>\n</html>\n");
        return _html.ToString();
    }

    /// <summary>The printed pages' margins: the title, the scope and the date, the page number.</summary>
    private string RunningHeader(string title) =>
        "@page{size:A4;margin:18mm 14mm 16mm;" +
        $"@top-left{{content:{Css(title)};font:8pt sans-serif;color:#555}}" +
        $"@top-right{{content:{Css($"{Scope} — au {Day(D.Period.AsOf)}")};font:8pt sans-serif;color:#555}}" +
        "@bottom-right{content:\"page \" counter(page) \" / \" counter(pages);font:8pt sans-serif;color:#555}}";

    private string Scope => D.Period.ConventionYear is { } year ? $"Année {year} de la convention" : "Ensemble de la convention";

    private const string Styles = """
        body{font-family:sans-serif;margin:2rem auto;max-width:60rem;line-height:1.45;color:#222}
        h1{font-size:1.7rem}h2{border-bottom:2px solid #3465a4;padding-bottom:.2rem;margin-top:2.5rem}
        table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}
        th,td{border:1px solid #ccc;padding:.25rem .45rem;vertical-align:top}th{background:#eef;text-align:left}
        td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        dl.fiche{display:grid;grid-template-columns:14rem 1fr;gap:.2rem 1rem}dl.fiche dt{font-weight:bold}dl.fiche dd{margin:0}
        .note{color:#555;font-size:.9rem}blockquote{margin:.5rem 0;padding:.3rem 1rem;border-left:4px solid #ccc}
        code{background:#eee;padding:0 .2rem;word-break:break-all}
        svg.graphique{display:block;max-width:100%;height:auto;margin:.5rem 0}
        svg.graphique text{font:12px sans-serif;fill:#222}svg.graphique .axe{stroke:#999}
        .valeur{fill:#3465a4}.cible{stroke:#c00;stroke-width:2}
        @media print{body{margin:0;max-width:none;font-size:10pt}nav{display:none}h2{break-before:page}#convention h2{break-before:auto}
        section.annexe{break-before:page}h2,h3,h4{break-after:avoid}svg,tr,dl.fiche{break-inside:avoid}a{color:inherit;text-decoration:none}}
        """;

    private void Convention()
    {
        var c = D.Convention;
        _html.Append("<section id=\"convention\">\n<h2>1. La convention et la période couverte</h2>\n<dl class=\"fiche\">\n");
        Field("Intitulé", c.Title);
        Field("Commanditaires", string.Join(", ", c.Sponsors));
        Field("Partenaire coordinateur", c.CoordinatingPartner);
        Field("Nature", c.ContractType);
        Field("Signée le", Day(c.SignedOn));
        Field("Durée", $"du {Day(c.StartsOn)} au {Day(c.EndsOn)} ({c.Years.Count.ToString(French)} an{(c.Years.Count > 1 ? "s" : "")})");
        Field("Période couverte", PeriodName);
        Field("À la date du", Day(D.Period.AsOf));
        _html.Append("</dl>\n<h3>Objectifs</h3>\n<ul>\n");
        foreach (var objective in c.Objectives)
            _html.Append($"<li>{E(objective)}</li>\n");
        _html.Append("</ul>\n<h3>Années de la convention</h3>\n");
        Table(["Année", "Du", "Au"], c.Years.Select(y => new[] { $"Année {y.Number}", Day(y.StartsOn), Day(y.EndsOn) }));
        _html.Append("</section>\n");
    }

    private void Field(string name, string value) => _html.Append($"<dt>{E(name)}</dt><dd>{E(value)}</dd>\n");

    /// <summary>A table of plain texts: the first column a label, the others figures (right-aligned).</summary>
    private void Table(IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<string>> rows, string? id = null)
    {
        _html.Append(id is null ? "<table>\n" : $"<table id=\"{E(id)}\">\n").Append("<thead><tr>");
        foreach (var heading in headings)
            _html.Append($"<th>{E(heading)}</th>");
        _html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
            _html.Append("<tr>").Append(string.Concat(row.Select((cell, i) => i == 0 ? $"<td>{E(cell)}</td>" : $"<td class=\"n\">{E(cell)}</td>"))).Append("</tr>\n");
        _html.Append("</tbody>\n</table>\n");
    }

    private static string Iso(Instant at) => Reports.ReportCsv.KnownAt(at);

    private static string IsoDay(LocalDate day) => NodaTime.Text.LocalDatePattern.Iso.Format(day);

    private static string Inv(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A CSS string for the running header: quotes and markup characters escaped.</summary>
    private static string Css(string text) => "\"" + string.Concat(text.Select(ch => ch switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '<' => "\\3C ",
        '>' => "\\3E ",
        '\r' or '\n' => " ",
        _ => ch.ToString(),
    })) + "\"";

    private static string Count(int n, string one, string many) => $"{n.ToString(French)} {(n > 1 ? many : one)}";
}
