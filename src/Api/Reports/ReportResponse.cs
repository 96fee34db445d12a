using ConseilsCitoyens.Domain.Indicators;
using NodaTime;

namespace ConseilsCitoyens.Api.Reports;

/// <param name="DefinitionVersion">The version of the written definition the value was computed under (GET /indicators).</param>
/// <param name="Secret">Open data only (?open=true): the value and breakdown are withheld under statistical secrecy (a count by gender below Exports:SuppressBelow).</param>
public sealed record IndicatorValueResponse(
    string Id, string Label, int DefinitionVersion, decimal? Value, string Unit, IReadOnlyDictionary<string, int>? Breakdown, bool Secret = false)
{
    public static IndicatorValueResponse From(IndicatorValue v) =>
        new(v.Definition.Id, v.Definition.Label, v.Definition.Version, v.Value, v.Definition.Unit, v.Breakdown);

    public static IndicatorValueResponse From(DisclosedValue v) =>
        new(v.Definition.Id, v.Definition.Label, v.Definition.Version, v.Value, v.Definition.Unit, v.Breakdown, v.Secret);
}

public enum ReportScope
{
    Council,
    Quartier,
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
    IReadOnlyList<IndicatorValueResponse> Indicators)
{
    /// <summary>For a quartier's report: the code asked for (a council's codes on either map lead to it).</summary>
    public string? QuartierCode { get; init; }

    /// <summary>The instant of the log the figures reflect: asKnownAt, else when they were read. Give it back as asKnownAt to compute them again.</summary>
    public Instant KnownAt { get; init; }

    /// <param name="suppressBelow">The open-data threshold, or null for the full figures.</param>
    internal static ReportResponse Of(ComputedReport report, int? suppressBelow) =>
        new(report.Scope, report.CouncilId, report.ArrondissementCode, report.Period.From, report.Period.To, report.Councils,
            suppressBelow is { } threshold
                ? StatisticalSecrecy.Disclose(report.Values, threshold).Select(IndicatorValueResponse.From).ToArray()
                : report.Values.Select(IndicatorValueResponse.From).ToArray())
        {
            QuartierCode = report.QuartierCode,
            KnownAt = report.KnownAt,
        };
}
