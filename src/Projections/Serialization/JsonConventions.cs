using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace ConseilsCitoyens.Projections.Serialization;

/// <summary>
/// The one JSON shape of the project, shared by the event store, HTTP and Wolverine messages:
/// camelCase names, enums as their names (never numbers), NodaTime values as ISO strings.
/// </summary>
public static class JsonConventions
{
    public static JsonSerializerOptions ApplyConseilsConventions(this JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        // Before NodaTime's own: the first converter for a type is the one used.
        options.Converters.Add(new IsoLocalDateConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }

    /// <summary>
    /// Marten adds its own enum converter (names as declared: Female); the conventions' camelCase one
    /// must be the only one, so that stored JSON spells enum values as the API does (female).
    /// </summary>
    public static JsonSerializerOptions WithoutEnumConverters(this JsonSerializerOptions options)
    {
        foreach (var converter in options.Converters.OfType<JsonStringEnumConverter>().ToArray())
            options.Converters.Remove(converter);
        return options;
    }

    /// <summary>
    /// What clients send is read strictly: a number in a string, an unknown field or a missing
    /// required field is an error, not a silent default.
    /// </summary>
    public static JsonSerializerOptions ApplyStrictInput(this JsonSerializerOptions options)
    {
        options.NumberHandling = JsonNumberHandling.Strict;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.RespectRequiredConstructorParameters = true;
        options.RespectNullableAnnotations = true;
        return options;
    }
}
