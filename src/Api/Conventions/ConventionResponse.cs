using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Conventions;
using NodaTime;

namespace ConseilsCitoyens.Api.Conventions;

/// <summary>An activity dated on a weekend or a public holiday, accepted and noted.</summary>
public sealed record NonWorkingDayResponse(LocalDate On, NonWorkingDayKind Kind, string? HolidayName)
{
    public static IReadOnlyList<NonWorkingDayResponse> Of(IEnumerable<object> events) =>
        events.OfType<NonWorkingDayWarningRecorded>().Select(w => new NonWorkingDayResponse(w.On, w.Kind, w.HolidayName)).ToArray();
}

/// <param name="History">Every change in order: the first setting (no previous value, no reason), then each revision.</param>
/// <param name="Scope">Whose target: the programme's, an arrondissement's (<paramref name="Arrondissement"/>) or a council's (<paramref name="CouncilId"/>).</param>
public sealed record TargetResponse(
    string IndicatorId, int Year, decimal Value, LocalDate SetOn, IReadOnlyList<TargetChange> History,
    TargetScopeKind Scope, Guid? CouncilId, string? Arrondissement)
{
    public static TargetResponse From(YearlyTarget t) =>
        new(t.IndicatorId, t.Year, t.Value, t.SetOn, t.History, t.Scope.Kind, t.Scope.CouncilId, t.Scope.ArrondissementCode);
}

/// <param name="Targets">The current target per indicator and convention year, in the order of the known indicators, then by year.</param>
public sealed record ConventionResponse(
    Guid Id,
    string Title,
    IReadOnlyList<string> Sponsors,
    string CoordinatingPartner,
    string ContractType,
    LocalDate SignedOn,
    LocalDate StartsOn,
    LocalDate EndsOn,
    int DurationYears,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<ConventionYear> Years,
    IReadOnlyList<TargetResponse> Targets,
    IReadOnlyList<NonWorkingDayResponse> Warnings,
    long Version)
{
    public static ConventionResponse From(Convention c) => new(
        c.Id,
        c.Title,
        c.Sponsors,
        c.CoordinatingPartner,
        c.ContractType,
        c.SignedOn,
        c.StartsOn,
        c.EndsOn,
        c.DurationYears,
        c.Objectives,
        c.Years(),
        c.Targets
            .OrderBy(t => IndicatorIds.All.ToList().IndexOf(t.IndicatorId))
            .ThenBy(t => t.Year)
            .ThenBy(t => t.Scope.Kind)
            .ThenBy(t => t.Scope.ArrondissementCode, StringComparer.Ordinal)
            .ThenBy(t => t.Scope.CouncilId)
            .Select(TargetResponse.From)
            .ToArray(),
        NonWorkingDayResponse.Of(c.Warnings),
        c.Version);
}

/// <summary>What a target command answers: the target as it now stands, the new version (also the ETag) and any warning.</summary>
public sealed record TargetWritten(Guid ConventionId, TargetResponse Target, long Version, IReadOnlyList<NonWorkingDayResponse> Warnings)
{
    internal static TargetWritten From(StreamWrite<Convention> write, string indicatorId, int year, TargetScope scope, HttpResponse response)
    {
        var after = write.Events.Aggregate(write.State, Convention.Evolve);
        response.WriteETag(write.Version);
        return new TargetWritten(after.Id, TargetResponse.From(after.FindTarget(indicatorId, year, scope)!), write.Version,
            NonWorkingDayResponse.Of(write.Events));
    }
}
