using ConseilsCitoyens.Api.Infrastructure;
using Marten;
using Microsoft.AspNetCore.RateLimiting;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Reports;

public static class GetProgrammeReportEndpoint
{
    [WolverineGet("/report")]
    [EnableRateLimiting(WholeProgrammeViews.Policy)]
    [Tags("Reports")]
    [EndpointSummary("The programme's indicators over a period, pooled over every council or over one arrondissement's (?arrondissement=75118); ?open=true for open data, small counts by gender withheld")]
    public static async Task<ReportResponse> Get(
        string? arrondissement, string? from, string? to, string? year, string? quarter, string? month, string? conventionYear, string? asOf, string? asKnownAt, string? open,
        IQuerySession session, IClock clock, IConfiguration configuration, CancellationToken ct)
    {
        await using var states = await KnownStates.ReadMayLag(session, asKnownAt, clock, ct);
        var period = await ReportPeriods.Read(states, from, to, year, quarter, month, conventionYear, asOf, ct);
        var threshold = Exports.OpenDataThreshold(open, configuration);
        return ReportResponse.Of(await states.ProgrammeReport(arrondissement, period, ct), threshold);
    }
}
