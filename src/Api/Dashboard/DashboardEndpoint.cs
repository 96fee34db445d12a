using ConseilsCitoyens.Api.Conventions;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Quartiers;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Dashboard;

public static class DashboardEndpoint
{
    public const string Path = "/tableau-de-bord";

    [WolverineGet(Path)]
    [EnableRateLimiting(WholeProgrammeViews.Policy)]
    [Tags("Reports")]
    [EndpointSummary("The programme at a glance, in French (HTML): per arrondissement and council, the key indicators of a calendar year (?year=2018, default the current one; ?asOf=2018-06-30 for the page as it stood that day; ?asKnownAt= an instant, to count only the events recorded by then), and charts over the convention (targets per convention year, attendance and steering representation per quarter) for the programme, or for ?councilId= or ?arrondissement=; the token may come as ?access_token= on this page only")]
    [Produces("text/html")]
    public static async Task<IResult> Get(string? year, string? asOf, string? asKnownAt, string? councilId, string? arrondissement, IQuerySession session,
        IClock clock, HttpResponse response, CancellationToken ct)
    {
        // As of a past date, the page shows what it showed that day: that year's figures and the charts then;
        // as known at a past instant, only what was recorded by then (and that day by default).
        await using var states = await KnownStates.ReadMayLag(session, asKnownAt, clock, ct);
        var today = QueryDates.Parse(asOf, "asOf", states.Today);
        var period = ReportPeriods.Parse(null, null, string.IsNullOrWhiteSpace(year) ? today.Year.ToString("0000") : year, null, null, asOf);

        IReadOnlyList<Council> councils = (await states.Query<Council>(ct))
            .OrderBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.InvariantCulture, ignoreCase: true)).ThenBy(c => c.Id).ToArray();
        var arrondissementOf = (await states.Query<Quartier>(ct)).ToDictionary(q => q.Code, q => q.ArrondissementCode, StringComparer.Ordinal);
        var facts = await states.LoadFacts(councils, ct);
        var byCouncil = new FactsByCouncil(facts);
        string[] ArrondissementsOf(Council c) => c.ArrondissementCodes(arrondissementOf);

        var charts = await Charts(states, facts, byCouncil, councils, ArrondissementsOf, councilId, arrondissement, today, ct);
        var page = new DashboardPage(
            period,
            Report.Compute(facts, period),
            councils.SelectMany(ArrondissementsOf).Distinct().Order(StringComparer.Ordinal)
                .Select(code => new DashboardPage.Row(code, null, [code],
                    Report.Compute(byCouncil.For(councils.Where(c => ArrondissementsOf(c).Contains(code))), period)))
                .ToArray(),
            councils.Select(c => new DashboardPage.Row(c.Name, c.Id, ArrondissementsOf(c), Report.Compute(byCouncil.For([c]), period))).ToArray(),
            charts,
            states.At);

        HtmlPageHeaders.Apply(response);
        return Results.Content(page.Html(), "text/html; charset=utf-8");
    }

    /// <summary>The charts' scope (programme, a council or an arrondissement) cut from the facts already read; Evaluation.Compute as GET /evaluation.</summary>
    private static async Task<DashboardCharts> Charts(KnownStates states, ReportFacts facts, FactsByCouncil byCouncil, IReadOnlyList<Council> councils,
        Func<Council, string[]> arrondissementsOf, string? councilId, string? arrondissement, LocalDate today, CancellationToken ct)
    {
        var council = QueryIds.Parse(councilId, "councilId");
        var code = ReportReads.ParseArrondissement(arrondissement);
        if (council is not null && code is not null)
            throw new MalformedRequest("arrondissement", "Give a council or an arrondissement, not both.");

        var (name, scoped, targets) = council is { } id
            ? councils.SingleOrDefault(c => c.Id == id) is { } c ? ($"conseil {c.Name}", byCouncil.For([c]), TargetScope.Council(id)) : throw new ResourceNotFound($"Council {id}")
            : code is not null ? ($"arrondissement {code}", byCouncil.For(councils.Where(c => arrondissementsOf(c).Contains(code))), TargetScope.Arrondissement(code))
            : ("ensemble du dispositif", facts, TargetScope.Programme);
        if (await states.ProgrammeConvention(ct) is not { } convention)
            return new DashboardCharts(name, null, []);
        return new DashboardCharts(name, Domain.Indicators.Evaluation.Compute(scoped, convention, today, targets), QuarterlySeries.Compute(scoped, convention, today));
    }
}
