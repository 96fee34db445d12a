using ConseilsCitoyens.Api.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Reports;

public static class GetCouncilReportEndpoint
{
    [WolverineGet("/councils/{councilId}/report")]
    [Tags("Reports")]
    [EndpointSummary("A council's indicators over a period (?from=&to=, ?year=2018, ?quarter=2018-Q2 or ?month=2018-06, ?conventionYear=1 of the programme's convention; optional ?asOf=; ?asKnownAt= an instant, to count only the events recorded by then; ?open=true for open data, small counts by gender withheld)")]
    public static async Task<ReportResponse> Get(
        Guid councilId, string? from, string? to, string? year, string? quarter, string? month, string? conventionYear, string? asOf, string? asKnownAt, string? open,
        IQuerySession session, IClock clock, IConfiguration configuration, CancellationToken ct)
    {
        await using var states = await KnownStates.ReadMayLag(session, asKnownAt, clock, ct);
        var period = await ReportPeriods.Read(states, from, to, year, quarter, month, conventionYear, asOf, ct);
        var threshold = Exports.OpenDataThreshold(open, configuration);
        return ReportResponse.Of(await states.CouncilReport(councilId, period, ct), threshold);
    }
}
