using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Indicators;

namespace ConseilsCitoyens.Api.Reports;

/// <summary>The export settings: Exports:SuppressBelow, the statistical secrecy threshold (default 5).</summary>
internal static class Exports
{
    public static int SuppressBelow(IConfiguration configuration) =>
        Math.Max(1, configuration.GetValue("Exports:SuppressBelow", StatisticalSecrecy.DefaultThreshold));

    /// <returns>The open-data threshold when ?open=true, null for the full figures.</returns>
    public static int? OpenDataThreshold(string? open, IConfiguration configuration) => open?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" => null,
        "true" => SuppressBelow(configuration),
        _ => throw new MalformedRequest("open", $"'{open}' is not true or false."),
    };
}
