using ConseilsCitoyens.Api.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Reports;

public static class GetProgrammeReportCsvEndpoint
{
    [WolverineGet("/report.csv")]
    [EnableRateLimiting(WholeProgrammeViews.Policy)]
    [Tags("Reports")]
    [EndpointSummary("The programme's (or ?arrondissement=) report as a French CSV (UTF-8 with BOM, ';', decimal comma; small counts by gender withheld), same query as /report")]
    [Produces("text/csv")]
    public static async Task<IResult> Get(
        string? arrondissement, string? from, string? to, string? year, string? quarter, string? month, string? conventionYear, string? asOf, string? asKnownAt,
        IQuerySession session, IClock clock, IConfiguration configuration, CancellationToken ct)
    {
        await using var states = await KnownStates.ReadMayLag(session, asKnownAt, clock, ct);
        var period = await ReportPeriods.Read(states, from, to, year, quarter, month, conventionYear, asOf, ct);
        var report = await states.ProgrammeReport(arrondissement, period, ct);
        return Results.File(ReportCsv.Write(report, Exports.SuppressBelow(configuration)), ReportCsv.ContentType, ReportCsv.FileName(report));
    }
}
