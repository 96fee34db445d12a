using ConseilsCitoyens.Projections;
using JasperFx.CommandLine;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>The command lines that read or write one city's data name it, as a token's <c>city</c> claim does over HTTP.</summary>
public abstract class CityInput : NetCoreInput
{
    [Description("The city (tenant) to act for, e.g. lyon (default paris); it must be one of Tenancy:Cities")]
    [FlagAlias("tenant", true)]
    public string TenantFlag { get; set; } = EventStoreSetup.DefaultCity;

    /// <summary>False, with the reason on stderr, when the deployment does not serve the city named by --tenant.</summary>
    public bool NamesAServedCity(IServiceProvider services, string command)
    {
        if (services.GetRequiredService<ServedCities>().Refusal(TenantFlag) is not { } refusal)
            return true;
        Console.Error.WriteLine($"{command}: {refusal}");
        return false;
    }
}
