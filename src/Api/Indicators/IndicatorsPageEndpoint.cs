using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ConseilsCitoyens.Domain.Indicators;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Indicators;

public static class IndicatorsPageEndpoint
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    [WolverineGet("/indicateurs")]
    [Tags("Indicators")]
    [EndpointSummary("The indicators' definitions as a page in French, generated from the same definitions as GET /indicators")]
    [Produces("text/html")]
    public static IResult Get() => Results.Content(Page(IndicatorDefinitions.All), "text/html; charset=utf-8");

    public static string Page(IEnumerable<IndicatorDefinition> definitions)
    {
        // French stays readable in the source of the page: only markup characters are escaped.
        static string E(string text) => Encoder.Encode(text);
        var html = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <title>Indicateurs des conseils citoyens</title>
            <style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;line-height:1.5}dt{font-weight:bold;margin-top:1.5rem}code{background:#eee;padding:0 .2rem}</style>
            </head>
            <body>
            <h1>Indicateurs des conseils citoyens</h1>
            <p>Chaque indicateur est calculé par conseil, par arrondissement et pour l'ensemble du dispositif, sur une période (bornes incluses) et, sur demande, tel qu'il se présentait à une date passée. Les valeurs publiées indiquent la version de la définition appliquée.</p>
            <dl>

            """);
        foreach (var d in definitions)
        {
            html.Append($"""
                <dt id="{E(d.Id)}">{E(d.Label)} <code>{E(d.Id)}</code> — version {d.Version}</dt>
                <dd><p>{E(d.Definition)}</p><p>Unité : {E(d.Unit)} ; {E(Values(d.Scale))}.{(d.Reported ? "" : " Pas encore calculé dans les rapports.")}</p></dd>

                """);
        }
        html.Append("</dl>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>What a value, and so a target, may be.</summary>
    private static string Values(IndicatorScale scale) =>
        scale.Max is { } max ? $"valeurs de 0 à {max}" : scale.Whole ? "nombre entier à partir de 0" : "nombre à partir de 0";
}
