using ConseilsCitoyens.Api.Infrastructure;
using Marten;
using Microsoft.AspNetCore.RateLimiting;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Evaluation;

public static class GetEvaluationEndpoint
{
    [WolverineGet("/evaluation")]
    [EnableRateLimiting(WholeProgrammeViews.Policy)]
    [Tags("Reports")]
    [EndpointSummary("The programme's convention judged on a date (?asOf=, by default the day of ?asKnownAt=, an instant before which only the events recorded count, else today): per convention year, each target in force then, the value, the gap and the attainment; the autonomy indicators per quarter. ?councilId= or ?arrondissement= narrow it")]
    public static async Task<EvaluationResponse> Get(string? asOf, string? asKnownAt, string? councilId, string? arrondissement, IQuerySession session, IClock clock,
        CancellationToken ct)
    {
        await using var states = await KnownStates.ReadMayLag(session, asKnownAt, clock, ct);
        var date = QueryDates.Parse(asOf, "asOf", states.Today);
        return EvaluationResponse.Of(await states.Evaluation(councilId, arrondissement, date, ct));
    }
}
