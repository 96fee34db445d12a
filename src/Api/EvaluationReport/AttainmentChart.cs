using System.Globalization;
using System.Text;
using static ConseilsCitoyens.Api.Dashboard.FrenchFigures;

namespace ConseilsCitoyens.Api.EvaluationReport;

/// <summary>Horizontal bars of attainment (value ÷ target) with the target at 100 %, as inline SVG; bars beyond 150 % are cut there.</summary>
internal static class AttainmentChart
{
    /// <param name="Attainment">Null when there is nothing to show (no value, a zero target, secret).</param>
    public sealed record Row(string Label, decimal? Attainment, string Title);

    private const int Width = 720, Left = 8, Right = 64, Top = 22, RowHeight = 36, Bottom = 8;
    private const decimal Max = 1.5m;

    public static void Write(StringBuilder html, string id, string title, IReadOnlyList<Row> rows)
    {
        var height = Top + rows.Count * RowHeight + Bottom;
        const int plot = Width - Left - Right;
        string N(double x) => x.ToString("0.#", CultureInfo.InvariantCulture);
        double X(decimal ratio) => Left + (double)(Math.Min(ratio, Max) / Max) * plot;

        html.Append($"<svg id=\"{E(id)}\" class=\"graphique\" role=\"img\" aria-labelledby=\"{E(id)}-titre\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        html.Append($"<title id=\"{E(id)}-titre\">{E(title)}</title>\n");
        foreach (var tick in new[] { 0m, 0.5m, 1m, 1.5m })
            html.Append($"<text x=\"{N(X(tick))}\" y=\"14\" text-anchor=\"{(tick == 0 ? "start" : "middle")}\">{E(Percent(tick))}</text>");
        html.Append($"<line class=\"cible\" x1=\"{N(X(1))}\" y1=\"{Top - 4}\" x2=\"{N(X(1))}\" y2=\"{height - Bottom}\"/>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = Top + i * RowHeight;
            html.Append($"<g class=\"barre\"><title>{E(row.Title)}</title><text x=\"{Left}\" y=\"{y + 12}\">{E(row.Label)}</text>");
            if (row.Attainment is { } a && a > 0)
                html.Append($"<rect class=\"valeur\" x=\"{Left}\" y=\"{y + 16}\" width=\"{N(X(a) - Left)}\" height=\"14\"/>");
            html.Append($"<text x=\"{N(X(row.Attainment is { } b && b > 0 ? b : 0) + 4)}\" y=\"{y + 28}\">{E(Percent(row.Attainment))}</text></g>\n");
        }
        html.Append("</svg>\n");
    }
}
