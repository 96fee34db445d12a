using ConseilsCitoyens.Api.Infrastructure;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Reports;

public static class GetQuartierReportEndpoint
{
    [WolverineGet("/quartiers/{code}/report")]
    [Tags("Reports")]
    [EndpointSummary("A quartier's indicators over a period, on either map: a 2015 code (QP…) or a 2024 code (QN…) pools the councils that covered it at any time; same query as /report")]
    public static async Task<ReportResponse> Get(
        string code, string? from, string? to, string? year, string? quarter, string? month, string? conventionYear, string? asOf, string? asKnownAt, string? open,
        IQuerySession session, IClock clock, IConfiguration configuration, CancellationToken ct)
    {
        await using var states = await KnownStates.ReadMayLag(session, asKnownAt, clock, ct);
        var period = await ReportPeriods.Read(states, from, to, year, quarter, month, conventionYear, asOf, ct);
        var threshold = Exports.OpenDataThreshold(open, configuration);
        return ReportResponse.Of(await states.QuartierReport(code, period, ct), threshold);
    }
}
