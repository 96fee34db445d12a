using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Reports;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Roadmaps;

public static class GetRoadmapViewCsvEndpoint
{
    [WolverineGet("/roadmaps/summary.csv")]
    [Tags("Roadmaps")]
    [EndpointSummary("The roadmap view as a French CSV (UTF-8 with BOM, ';'), one row per action; same query as /roadmaps/summary")]
    [Produces("text/csv")]
    public static async Task<IResult> Get(string? facilitatorId, string? councilId, string? asOf, string? asKnownAt, IQuerySession session, IClock clock,
        CancellationToken ct)
    {
        var view = await (await KnownStates.Read(session, asKnownAt, clock, ct)).RoadmapView(facilitatorId, councilId, asOf, ct);
        return Results.File(RoadmapViewCsv.Write(view), ReportCsv.ContentType, $"feuilles-de-route-{view.AsOf:yyyy-MM-dd}.csv");
    }
}
