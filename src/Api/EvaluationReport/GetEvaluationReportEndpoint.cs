using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Reports;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.EvaluationReport;

public static class GetEvaluationReportEndpoint
{
    public const string Path = "/evaluation/rapport";

    [WolverineGet(Path)]
    [Tags("Reports")]
    [EndpointSummary("The convention's evaluation report, in French (HTML to read and print, no script): the convention and the period, targets against values, the councils with one annex each, the programme's work, compliance, method and provenance. ?conventionYear= (default the whole convention), ?asOf= (default today); the token may come as ?access_token= on this page")]
    [Produces("text/html")]
    public static async Task<IResult> Get(string? conventionYear, string? asOf, IQuerySession session, IClock clock, IConfiguration configuration,
        HttpResponse response, CancellationToken ct)
    {
        var document = await session.EvaluationReport(Request(conventionYear, asOf, clock), Exports.SuppressBelow(configuration), ct);
        HtmlPageHeaders.Apply(response);
        return Results.Content(EvaluationReportHtml.Write(document), "text/html; charset=utf-8");
    }

    [WolverineGet(Path + ".json")]
    [Tags("Reports")]
    [EndpointSummary("Every figure of the evaluation report (same query as /evaluation/rapport), as the rapport command writes them")]
    public static async Task<EvaluationReportDocument> GetJson(string? conventionYear, string? asOf, IQuerySession session, IClock clock,
        IConfiguration configuration, CancellationToken ct) =>
        await session.EvaluationReport(Request(conventionYear, asOf, clock), Exports.SuppressBelow(configuration), ct);

    private static EvaluationReportRequest Request(string? conventionYear, string? asOf, IClock clock) =>
        new(conventionYear, asOf, clock.GetCurrentInstant(), AsKnownAt: false);
}
