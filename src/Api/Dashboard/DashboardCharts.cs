using System.Globalization;
using System.Text;
using ConseilsCitoyens.Domain.Indicators;
using static ConseilsCitoyens.Api.Dashboard.FrenchFigures;

namespace ConseilsCitoyens.Api.Dashboard;

/// <summary>
/// The dashboard's charts over the convention, as inline SVG (no script): indicators against the
/// yearly targets (from Evaluation.Compute), attendance and steering representation per quarter
/// (QuarterlySeries). Each bar has a title, each chart a data table.
/// </summary>
internal sealed record DashboardCharts(string ScopeName, EvaluationResult? Evaluation, IReadOnlyList<QuarterPoint> Quarters)
{
    private sealed record Bar(string Label, IReadOnlyList<(decimal Value, string Css)> Stack, string Title, string? Note = null, decimal? Mark = null);

    // Top leaves a line for the axis's unit above the tallest bar's note; Left holds a tick as wide as "1 500 000 €".
    private const int Width = 720, Height = 256, Left = 96, Right = 8, Top = 40, Bottom = 36;

    public const string Styles = """
        svg.graphique{display:block;max-width:100%;height:auto;margin:.5rem 0}
        svg.graphique text{font:12px sans-serif;fill:#222}svg.graphique .axe{stroke:#999}
        .valeur{fill:#3465a4}.cible{stroke:#c00;stroke-width:3}.avec{fill:#3465a4}.sans{fill:#f3b06b}
        .legende span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem}
        .legende .avec{background:#3465a4}.legende .sans{background:#f3b06b}.legende .cible{background:#c00}
        """;

    public void Write(StringBuilder html)
    {
        html.Append($"<h2 id=\"evolution\">Évolution sur la convention — {E(ScopeName)}</h2>\n");
        if (Evaluation is null)
        {
            html.Append("<p>Aucune convention signée : pas d'évolution à montrer.</p>\n");
            return;
        }
        html.Append($"<p>Au {E(Day(Evaluation.AsOf))}. Autre périmètre : <code>?councilId=</code> ou <code>?arrondissement=</code>.</p>\n");
        Targets(html);
        Attendance(html);
        Steering(html);
    }

    private void Targets(StringBuilder html)
    {
        html.Append("<h3>Indicateurs et cibles par année de convention</h3>\n");
        var indicators = Evaluation!.Years.SelectMany(y => y.Targets).Select(t => t.Definition).DistinctBy(d => d.Id).ToArray();
        if (indicators.Length == 0)
        {
            html.Append("<p>Aucune cible fixée pour ce périmètre : les cibles d'un autre périmètre ne lui sont pas comparées.</p>\n");
            return;
        }
        html.Append("<p class=\"legende\"><span class=\"valeur avec\"></span>valeur <span class=\"cible\"></span>cible en vigueur</p>\n");
        foreach (var definition in indicators)
        {
            var rows = Evaluation.Years
                .Select(y => (Year: y, Target: y.Targets.SingleOrDefault(t => t.Definition.Id == definition.Id)))
                .ToArray();
            var bars = rows.Select(r =>
            {
                var label = $"Année {r.Year.Year.Number}";
                var period = $"{label} (du {Day(r.Year.Year.StartsOn)} au {Day(r.Year.Year.EndsOn)})";
                if (r.Target is not { } t)
                    return new Bar(label, [], $"{period} : pas de cible");
                IReadOnlyList<(decimal, string)> value = t.Value is { } v ? [(v, "valeur")] : [];
                return new Bar(label, value,
                    $"{period} : {definition.Label} {InUnit(t.Value, definition.Unit)}, cible {InUnit(t.Target, definition.Unit)}, écart {Gap(t.Gap, definition.Unit)}",
                    t.Gap is null ? null : "écart " + Gap(t.Gap, definition.Unit), t.Target);
            }).ToArray();
            var max = rows.SelectMany(r => new[] { r.Target?.Value ?? 0, r.Target?.Target ?? 0 }).Max();
            var id = "cibles-" + definition.Id;
            html.Append($"<h4>{E(definition.Label)}</h4>\n");
            Chart(html, id, $"{definition.Label} : valeur et cible par année de convention", bars, max, v => AxisValue(v, definition.Unit),
                AxisCaption(definition.Unit));
            Table(html, ["Année de convention", "Cible", "Valeur", "Écart"], rows.Where(r => r.Target is not null).Select(r => new[]
            {
                $"Année {r.Year.Year.Number}", InUnit(r.Target!.Target, definition.Unit), InUnit(r.Target.Value, definition.Unit), Gap(r.Target.Gap, definition.Unit),
            }));
        }
    }

    private void Attendance(StringBuilder html)
    {
        html.Append("<h3>Taux de présence par trimestre</h3>\n");
        var bars = Quarters.Select(q => new Bar(QuarterLabel(q.Quarter), q.AttendanceRate is { } r ? [(r, "valeur")] : [],
            $"{QuarterLabel(q.Quarter)} : taux de présence {Percent(q.AttendanceRate)} ({Count(q.MeetingsHeld, "réunion tenue", "réunions tenues")})",
            q.AttendanceRate is null ? null : Percent(q.AttendanceRate))).ToArray();
        Chart(html, "presence", "Taux de présence aux réunions tenues, par trimestre", bars, 1m, v => Percent(v), null);
        Table(html, ["Trimestre", "Réunions tenues", "Taux de présence"],
            Quarters.Select(q => new[] { QuarterLabel(q.Quarter), q.MeetingsHeld.ToString(French), Percent(q.AttendanceRate) }));
    }

    private void Steering(StringBuilder html)
    {
        html.Append("<h3>Séances des instances de pilotage par trimestre</h3>\n");
        html.Append("<p class=\"legende\"><span class=\"avec\"></span>avec un représentant du conseil <span class=\"sans\"></span>sans représentant</p>\n");
        var bars = Quarters.Select(q =>
        {
            var without = q.SteeringSessions - q.SteeringSessionsWithRepresentative;
            return new Bar(QuarterLabel(q.Quarter), [(q.SteeringSessionsWithRepresentative, "avec"), (without, "sans")],
                $"{QuarterLabel(q.Quarter)} : {Count(q.SteeringSessions, "séance", "séances")}, dont {q.SteeringSessionsWithRepresentative.ToString(French)} avec un représentant du conseil",
                q.SteeringSessions == 0 ? null : q.SteeringSessions.ToString(French));
        }).ToArray();
        Chart(html, "pilotage", "Séances des instances de pilotage avec et sans représentant du conseil, par trimestre", bars,
            Quarters.Select(q => (decimal)q.SteeringSessions).DefaultIfEmpty(0).Max(), v => v.ToString("0.#", French), "séances");
        Table(html, ["Trimestre", "Séances", "Avec un représentant", "Sans représentant"], Quarters.Select(q => new[]
        {
            QuarterLabel(q.Quarter), q.SteeringSessions.ToString(French), q.SteeringSessionsWithRepresentative.ToString(French),
            (q.SteeringSessions - q.SteeringSessionsWithRepresentative).ToString(French),
        }));
    }

    /// <param name="axis">A tick's text: short (a number, a percent), so that it fits left of the plot.</param>
    /// <param name="unit">What the numbers count, written once above the axis; null when the ticks say it.</param>
    private static void Chart(StringBuilder html, string id, string title, IReadOnlyList<Bar> bars, decimal max, Func<decimal, string> axis, string? unit)
    {
        if (max <= 0)
            max = 1;
        const int plot = Height - Top - Bottom;
        double Y(decimal v) => Top + plot - (double)(v / max) * plot;
        string N(double x) => x.ToString("0.#", CultureInfo.InvariantCulture);
        var slot = (Width - Left - Right) / (double)Math.Max(1, bars.Count);

        html.Append($"<svg id=\"{E(id)}\" class=\"graphique\" role=\"img\" aria-labelledby=\"{E(id)}-titre\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        html.Append($"<title id=\"{E(id)}-titre\">{E(title)}</title>\n");
        html.Append($"<line class=\"axe\" x1=\"{Left}\" y1=\"{N(Y(0))}\" x2=\"{Width - Right}\" y2=\"{N(Y(0))}\"/><line class=\"axe\" x1=\"{Left}\" y1=\"{N(Y(max))}\" x2=\"{Width - Right}\" y2=\"{N(Y(max))}\" stroke-dasharray=\"2 3\"/>\n");
        html.Append($"<text x=\"{Left - 4}\" y=\"{N(Y(0) + 4)}\" text-anchor=\"end\">{E(axis(0))}</text><text x=\"{Left - 4}\" y=\"{N(Y(max) + 4)}\" text-anchor=\"end\">{E(axis(max))}</text>\n");
        if (unit is not null)
            html.Append($"<text class=\"unite\" x=\"4\" y=\"14\">{E(unit)}</text>\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var x = Left + i * slot;
            var (barX, barWidth) = (x + slot * 0.2, slot * 0.6);
            html.Append($"<g class=\"barre\"><title>{E(bar.Title)}</title>");
            decimal bottom = 0;
            foreach (var (value, css) in bar.Stack.Where(s => s.Value > 0))
            {
                html.Append($"<rect class=\"{css}\" x=\"{N(barX)}\" y=\"{N(Y(bottom + value))}\" width=\"{N(barWidth)}\" height=\"{N(Y(bottom) - Y(bottom + value))}\"/>");
                bottom += value;
            }
            if (bar.Mark is { } mark)
                html.Append($"<line class=\"cible\" x1=\"{N(barX - 4)}\" y1=\"{N(Y(mark))}\" x2=\"{N(barX + barWidth + 4)}\" y2=\"{N(Y(mark))}\"/>");
            if (bar.Note is { } note)
                html.Append($"<text x=\"{N(x + slot / 2)}\" y=\"{N(Math.Min(Y(bottom), bar.Mark is { } m ? Y(m) : Y(bottom)) - 6)}\" text-anchor=\"middle\">{E(note)}</text>");
            html.Append($"<text x=\"{N(x + slot / 2)}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{E(bar.Label)}</text></g>\n");
        }
        html.Append("</svg>\n");
    }

    private static void Table(StringBuilder html, string[] headings, IEnumerable<string[]> rows)
    {
        html.Append("<details><summary>Données du graphique</summary>\n<table>\n<thead><tr>");
        foreach (var heading in headings)
            html.Append($"<th>{E(heading)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
            html.Append("<tr>").Append(string.Concat(row.Select((cell, i) => i == 0 ? $"<td>{E(cell)}</td>" : $"<td class=\"n\">{E(cell)}</td>"))).Append("</tr>\n");
        html.Append("</tbody>\n</table>\n</details>\n");
    }

    /// <summary>2018-Q2 → T2 2018.</summary>
    private static string QuarterLabel(string quarter) => $"T{quarter[^1]} {quarter[..4]}";

    private static string Count(int n, string one, string many) => $"{n.ToString(French)} {(n > 1 ? many : one)}";
}
