using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Team;
using Marten;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Team;

public sealed record VacancyResponse(Guid CouncilId, string Name);

public sealed record VacanciesResponse(LocalDate On, IReadOnlyList<VacancyResponse> Councils)
{
    /// <summary>The instant of the log the answer reflects: asKnownAt, else when it was read.</summary>
    public Instant KnownAt { get; init; }
}

public static class VacanciesEndpoint
{
    [WolverineGet("/vacancies")]
    [Tags("Team")]
    [EndpointSummary("Councils that existed on a date (?on=2018-06-30, default today: created, not dissolved; ?asKnownAt= an instant, as the events recorded by then tell it, and its day by default) with no team member assigned")]
    public static async Task<VacanciesResponse> Get(string? on, string? asKnownAt, IQuerySession session, IClock clock, CancellationToken ct)
    {
        var states = await KnownStates.Read(session, asKnownAt, clock, ct);
        var date = QueryDates.Parse(on, "on", states.Today);
        // LINQ cannot filter on NodaTime members; a few councils and a handful of people.
        var team = await states.Query<TeamMember>(ct);
        var councils = await states.Query<Council>(ct);

        var vacant = Coverage.On(date, team).Vacancies(councils);
        return new VacanciesResponse(date, vacant.Select(c => new VacancyResponse(c.Id, c.Name)).ToArray()) { KnownAt = states.At };
    }
}
