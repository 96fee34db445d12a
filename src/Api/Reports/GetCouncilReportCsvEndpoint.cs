using ConseilsCitoyens.Api.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Reports;

public static class GetCouncilReportCsvEndpoint
{
    [WolverineGet("/councils/{councilId}/report.csv")]
    [Tags("Reports")]
    [EndpointSummary("A council's report as a French CSV (UTF-8 with BOM, ';', decimal comma; small counts by gender withheld), same query as /councils/{id}/report")]
    [Produces("text/csv")]
    public static async Task<IResult> Get(
        Guid councilId, string? from, string? to, string? year, string? quarter, string? month, string? conventionYear, string? asOf, string? asKnownAt,
        IQuerySession session, IClock clock, IConfiguration configuration, CancellationToken ct)
    {
        var states = await KnownStates.Read(session, asKnownAt, clock, ct);
        var period = await ReportPeriods.Read(states, from, to, year, quarter, month, conventionYear, asOf, ct);
        var report = await states.CouncilReport(councilId, period, ct);
        return Results.File(ReportCsv.Write(report, Exports.SuppressBelow(configuration)), ReportCsv.ContentType, ReportCsv.FileName(report));
    }
}
