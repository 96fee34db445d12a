using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Conventions;
using Marten;
using NodaTime;
using NodaTime.Text;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Conventions;

/// <param name="CurrentYear">The convention year holding <paramref name="On"/>; null before the start or after the end.</param>
public sealed record ConventionYearsResponse(
    Guid ConventionId, LocalDate StartsOn, LocalDate EndsOn, LocalDate On, int? CurrentYear, IReadOnlyList<ConventionYear> Years);

public static class GetConventionYearsEndpoint
{
    [WolverineGet("/conventions/{id}/years")]
    [Tags("Conventions")]
    [EndpointSummary("The convention's years, and which one holds a date (?on=2018-06-30; today when omitted)")]
    public static async Task<ConventionYearsResponse> Get(Guid id, string? on, IQuerySession session, IClock clock, HttpResponse response,
        CancellationToken ct)
    {
        var date = on is null ? ProgrammeCalendar.Today(clock.GetCurrentInstant()) : ParseDate(on);
        var convention = await session.LoadAsync<Convention>(id, ct) ?? throw new ResourceNotFound($"Convention {id}");
        response.WriteETag(convention.Version);
        return new ConventionYearsResponse(convention.Id, convention.StartsOn, convention.EndsOn, date,
            convention.ConventionYearOf(date), convention.Years());
    }

    private static LocalDate ParseDate(string text) =>
        LocalDatePattern.Iso.Parse(text) is { Success: true } result
            ? result.Value
            : throw new MalformedRequest("on", $"'{text}' is not a date such as 2018-06-30.");
}
