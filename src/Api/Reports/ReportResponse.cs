using ConseilsCitoyens.Domain.Indicators;
using NodaTime;

namespace ConseilsCitoyens.Api.Reports;

/// <param name="DefinitionVersion">The version of the written definition the value was computed under (GET /indicators).</param>
public sealed record IndicatorValueResponse(
    string Id, string Label, int DefinitionVersion, decimal? Value, string Unit, IReadOnlyDictionary<string, int>? Breakdown)
{
    public static IndicatorValueResponse From(IndicatorValue v) =>
        new(v.Definition.Id, v.Definition.Label, v.Definition.Version, v.Value, v.Definition.Unit, v.Breakdown);
}

public enum ReportScope
{
    Council,
    Arrondissement,
    Programme,
}

/// <param name="To">The period's last day, already brought back to asOf when that is earlier.</param>
/// <param name="Councils">The councils the figures pool.</param>
public sealed record ReportResponse(
    ReportScope Scope,
    Guid? CouncilId,
    string? ArrondissementCode,
    LocalDate From,
    LocalDate To,
    IReadOnlyList<Guid> Councils,
    IReadOnlyList<IndicatorValueResponse> Indicators);
