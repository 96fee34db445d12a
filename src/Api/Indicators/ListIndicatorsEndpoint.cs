using ConseilsCitoyens.Domain.Indicators;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Indicators;

/// <param name="Reported">Whether the reporting views compute it yet.</param>
/// <param name="Maximum">The largest value it can take (1 for a proportion); null when unbounded. Every indicator starts at 0.</param>
/// <param name="WholeNumbers">Whether its values, and so its targets, are whole numbers.</param>
public sealed record IndicatorDefinitionResponse(string Id, string Label, string Definition, string Unit, int Version, bool Reported,
    decimal? Maximum, bool WholeNumbers)
{
    public static IndicatorDefinitionResponse From(IndicatorDefinition d) =>
        new(d.Id, d.Label, d.Definition, d.Unit, d.Version, d.Reported, d.Scale.Max, d.Scale.Whole);
}

public sealed record IndicatorDefinitionsResponse(IReadOnlyList<IndicatorDefinitionResponse> Indicators);

public static class ListIndicatorsEndpoint
{
    [WolverineGet("/indicators")]
    [Tags("Indicators")]
    [EndpointSummary("The written, versioned definition of every indicator (French), as the reports compute them")]
    public static IndicatorDefinitionsResponse Get() =>
        new(IndicatorDefinitions.All.Select(IndicatorDefinitionResponse.From).ToArray());
}
