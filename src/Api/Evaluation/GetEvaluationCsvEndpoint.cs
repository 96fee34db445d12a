using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Reports;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Evaluation;

public static class GetEvaluationCsvEndpoint
{
    [WolverineGet("/evaluation.csv")]
    [EnableRateLimiting(WholeProgrammeViews.Policy)]
    [Tags("Reports")]
    [EndpointSummary("The evaluation as a French CSV (UTF-8 with BOM, ';', decimal comma), same query as /evaluation")]
    [Produces("text/csv")]
    public static async Task<IResult> Get(string? asOf, string? asKnownAt, string? councilId, string? arrondissement, IQuerySession session, IClock clock,
        CancellationToken ct)
    {
        await using var states = await KnownStates.ReadMayLag(session, asKnownAt, clock, ct);
        var date = QueryDates.Parse(asOf, "asOf", states.Today);
        var evaluation = await states.Evaluation(councilId, arrondissement, date, ct);
        return Results.File(EvaluationCsv.Write(evaluation), ReportCsv.ContentType, EvaluationCsv.FileName(evaluation));
    }
}
