using ConseilsCitoyens.Projections;
using JasperFx.CommandLine;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>The command lines that read or write one city's data name it, as a token's <c>city</c> claim does over HTTP.</summary>
public abstract class CityInput : NetCoreInput
{
    [Description("The city (tenant) to act for, e.g. lyon (default paris)")]
    [FlagAlias("tenant", true)]
    public string TenantFlag { get; set; } = EventStoreSetup.DefaultCity;
}
