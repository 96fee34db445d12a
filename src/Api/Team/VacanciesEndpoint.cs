using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Team;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Team;

public sealed record VacancyResponse(Guid CouncilId, string Name);

public sealed record VacanciesResponse(LocalDate On, IReadOnlyList<VacancyResponse> Councils);

public static class VacanciesEndpoint
{
    [WolverineGet("/vacancies")]
    [Tags("Team")]
    [EndpointSummary("Councils that existed on a date (?on=2018-06-30, default today: created, not dissolved) with no team member assigned")]
    public static async Task<VacanciesResponse> Get(string? on, IQuerySession session, IClock clock, CancellationToken ct)
    {
        var date = QueryDates.Parse(on, "on", ProgrammeCalendar.Today(clock.GetCurrentInstant()));
        // LINQ cannot filter on NodaTime members; a few councils and a handful of people.
        var team = await session.Query<Facilitator>().ToListAsync(ct);
        var councils = await session.Query<Council>().ToListAsync(ct);

        var vacant = Coverage.On(date, team).Vacancies(councils);
        return new VacanciesResponse(date, vacant.Select(c => new VacancyResponse(c.Id, c.Name)).ToArray());
    }
}
