using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Indicators;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Reports;

public static class GetCouncilReportEndpoint
{
    [WolverineGet("/councils/{councilId}/report")]
    [Tags("Reports")]
    [EndpointSummary("A council's indicators over a period (?from=&to=, ?year=2018, ?quarter=2018-Q2 or ?month=2018-06; optional ?asOf=)")]
    [ProducesResponseType<ProblemDetails>(400, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(404, "application/problem+json")]
    public static async Task<ReportResponse> Get(
        Guid councilId, string? from, string? to, string? year, string? quarter, string? month, string? asOf,
        IQuerySession session, CancellationToken ct)
    {
        var period = ReportPeriods.Parse(from, to, year, quarter, month, asOf);
        var council = await session.LoadCouncil(councilId, ct);
        var facts = await session.LoadFacts([council], ct);

        return new ReportResponse(ReportScope.Council, councilId, null, period.From, period.To, [councilId],
            Report.Compute(facts, period).Select(IndicatorValueResponse.From).ToArray());
    }
}
