using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Reports;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.EvaluationReport;

public static class GetEvaluationReportEndpoint
{
    public const string Path = "/evaluation/rapport";

    [WolverineGet(Path)]
    [EnableRateLimiting(WholeProgrammeViews.Policy)]
    [Tags("Reports")]
    [EndpointSummary("The convention's evaluation report, in French (HTML to read and print, no script): the convention and the period, targets against values, the councils with one annex each, the programme's work, compliance, method and provenance. ?conventionYear= (default the whole convention), ?asOf= (default the day of ?asKnownAt=, else today), ?asKnownAt= (the log as it stood at that instant: the same bytes whatever was recorded since); the token may come as ?access_token= on this page")]
    [Produces("text/html")]
    public static async Task<IResult> Get(string? conventionYear, string? asOf, string? asKnownAt, IQuerySession session, IClock clock,
        IConfiguration configuration, HttpResponse response, CancellationToken ct)
    {
        var states = await KnownStates.Read(session, asKnownAt, clock, ct);
        var document = await states.EvaluationReport(conventionYear, asOf, Exports.SuppressBelow(configuration), ct);
        HtmlPageHeaders.Apply(response);
        return Results.Content(EvaluationReportHtml.Write(document), "text/html; charset=utf-8");
    }

    [WolverineGet(Path + ".json")]
    [EnableRateLimiting(WholeProgrammeViews.Policy)]
    [Tags("Reports")]
    [EndpointSummary("Every figure of the evaluation report (same query as /evaluation/rapport), as the rapport command writes them")]
    public static async Task<EvaluationReportDocument> GetJson(string? conventionYear, string? asOf, string? asKnownAt, IQuerySession session,
        IClock clock, IConfiguration configuration, CancellationToken ct) =>
        await (await KnownStates.Read(session, asKnownAt, clock, ct)).EvaluationReport(conventionYear, asOf, Exports.SuppressBelow(configuration), ct);
}
