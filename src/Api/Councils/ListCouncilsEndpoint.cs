using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Quartiers;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Councils;

public static class ListCouncilsEndpoint
{
    [WolverineGet("/councils")]
    [Tags("Councils")]
    [EndpointSummary("List the councils, paged by id: ?arrondissement=75118, ?quartier= a code of either map (current or past), ?status=active; " +
        "?asOf=2018-06-30 for the councils as they stood that day (those created by then, filtered on their state then); " +
        "?asKnownAt= an instant, as the events recorded by then tell it")]
    public static async Task<Page<CouncilResponse>> Get(string? arrondissement, string? quartier, string? status, string? asOf, string? asKnownAt,
        string? after, string? limit, IQuerySession session, IClock clock, CancellationToken ct)
    {
        var states = await KnownStates.Read(session, asKnownAt, clock, ct);
        var councils = (IEnumerable<Council>)await states.Query<Council>(ct);
        if (QueryDates.Parse(asOf, "asOf") is { } date)
            councils = await AsOf(states, councils, date, ct);
        if (!string.IsNullOrWhiteSpace(status))
            councils = councils.Where(c => string.Equals(c.Status.ToString(), status.Trim(), StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(quartier))
            councils = councils.Where(c => c.AllQuartierCodes().Contains(Quartier.Normalise(quartier), StringComparer.Ordinal));
        if (!string.IsNullOrWhiteSpace(arrondissement))
        {
            var arrondissementOf = (await states.Query<Quartier>(ct)).ToDictionary(q => q.Code, q => q.ArrondissementCode, StringComparer.Ordinal);
            councils = councils.Where(c => c.ArrondissementCodes(arrondissementOf).Contains(arrondissement.Trim()));
        }
        return Paging.Of(councils, c => Paging.Key(c.Id), after, limit, CouncilResponse.From);
    }

    private static async Task<IEnumerable<Council>> AsOf(KnownStates states, IEnumerable<Council> councils, NodaTime.LocalDate date, CancellationToken ct)
    {
        var past = new List<Council>();
        foreach (var council in councils.Where(c => c.CreatedOn <= date))
        {
            var stream = await states.Session.Events.FetchStreamAsync(council.Id, timestamp: states.AsKnownAt?.ToDateTimeOffset(), token: ct);
            if (CouncilAsOf.Fold(stream.Select(e => (e.Data, e.Version)), date) is { } then)
                past.Add(then);
        }
        return past;
    }
}
