using ConseilsCitoyens.Domain.Diagnostics;
using NodaTime;

namespace ConseilsCitoyens.Api.Diagnostics;

public sealed record DiagnosticVersionResponse(
    string QuartierCode, int Number, LocalDate PublishedOn, IReadOnlyList<string> Findings, IReadOnlyList<Priority> Priorities)
{
    public static DiagnosticVersionResponse From(string quartierCode, DiagnosticVersion v) =>
        new(quartierCode, v.Number, v.PublishedOn, v.Findings, v.Priorities);
}

public sealed record DiagnosticVersionSummary(int Number, LocalDate PublishedOn, int Findings, int Priorities, string Url);

/// <summary>A quartier's diagnostic: the current version in full, and every version published, oldest first.</summary>
public sealed record DiagnosticResponse(
    string QuartierCode, DiagnosticVersionResponse Current, IReadOnlyList<DiagnosticVersionSummary> Versions, long Version)
{
    public static string UrlOf(string quartierCode) => $"/quartiers/{quartierCode}/diagnostic";

    public static DiagnosticResponse From(TerritoryDiagnostic d) => new(
        d.QuartierCode,
        DiagnosticVersionResponse.From(d.QuartierCode, d.Current),
        d.Versions.Select(v => new DiagnosticVersionSummary(
            v.Number, v.PublishedOn, v.Findings.Length, v.Priorities.Length, $"{UrlOf(d.QuartierCode)}/versions/{v.Number}")).ToArray(),
        d.Version);
}
