using ConseilsCitoyens.Projections;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// The cities (Marten tenants) this deployment serves: <c>Tenancy:Cities</c>, comma-separated,
/// <c>paris</c> when unset. Conjoined tenancy would open any city a token or a command line names;
/// a typo in a claim must not start an empty city that silently receives writes, so every caller
/// and every command line is checked against this list, in this one place.
/// </summary>
public sealed class ServedCities
{
    public const string ConfigurationKey = "Tenancy:Cities";

    public ServedCities(IConfiguration configuration)
    {
        var names = (configuration[ConfigurationKey] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => name.ToLowerInvariant())
            .ToArray();
        Names = names.Length == 0 ? [EventStoreSetup.DefaultCity] : names.Distinct().ToArray();
    }

    public IReadOnlyList<string> Names { get; }

    public bool Serves(string city) => Names.Contains(city, StringComparer.Ordinal);

    /// <returns>Why <paramref name="city"/> is refused, or null when it is served: one wording for HTTP and the command line.</returns>
    public string? Refusal(string city) => Serves(city)
        ? null
        : $"this deployment does not serve the city '{city}'; it serves {string.Join(", ", Names)} ({ConfigurationKey}).";

    /// <exception cref="CityNotServed">when <paramref name="city"/> is not one of <see cref="Names"/>.</exception>
    public string Check(string city) => Refusal(city) is { } refusal ? throw new CityNotServed(refusal) : city;
}

internal sealed class CityNotServed(string message) : Exception(message);

internal static class ServedCitiesGate
{
    /// <summary>After authentication: a caller whose token names a city not served is refused (403), before any endpoint runs.</summary>
    public static IApplicationBuilder UseServedCitiesOnly(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var city = context.User.FindFirst(Authentication.CityClaim)?.Value ?? EventStoreSetup.DefaultCity;
            context.RequestServices.GetRequiredService<ServedCities>().Check(city);
        }
        return next(context);
    });
}
