using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Quartiers;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Dashboard;

public static class DashboardEndpoint
{
    public const string Path = "/tableau-de-bord";

    [WolverineGet(Path)]
    [Tags("Reports")]
    [EndpointSummary("The programme at a glance, in French (HTML): per arrondissement and council, the key indicators of a calendar year (?year=2018, default the current one); the token may come as ?access_token= on this page only")]
    [Produces("text/html")]
    [ProducesResponseType<ProblemDetails>(400, "application/problem+json")]
    public static async Task<IResult> Get(string? year, IQuerySession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var today = ProgrammeCalendar.Today(clock.GetCurrentInstant());
        var period = ReportPeriods.Parse(null, null, string.IsNullOrWhiteSpace(year) ? today.Year.ToString("0000") : year, null, null, null);

        IReadOnlyList<Council> councils = (await session.Query<Council>().ToListAsync(ct))
            .OrderBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, ignoreCase: true)).ThenBy(c => c.Id).ToArray();
        var quartiers = (await session.Query<Quartier>().ToListAsync(ct)).ToDictionary(q => q.Code, StringComparer.Ordinal);
        var facts = await session.LoadFacts(councils, ct);

        // The same grouping as GET /report?arrondissement=: a council counts in each arrondissement of its quartiers.
        string[] ArrondissementsOf(Council c) =>
            c.AllQuartierCodes.Select(code => quartiers.GetValueOrDefault(code)?.ArrondissementCode).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();

        var page = new DashboardPage(
            period,
            Report.Compute(facts, period),
            councils.SelectMany(ArrondissementsOf).Distinct().Order(StringComparer.Ordinal)
                .Select(code => new DashboardPage.Row(code, null, [code],
                    Report.Compute(facts.For(councils.Where(c => ArrondissementsOf(c).Contains(code))), period)))
                .ToArray(),
            councils.Select(c => new DashboardPage.Row(c.Name, c.Id, ArrondissementsOf(c), Report.Compute(facts.For([c]), period))).ToArray());

        // A token may be in this page's address: never pass it on to the pages it links to.
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
        return Results.Content(page.Html(), "text/html; charset=utf-8");
    }
}
