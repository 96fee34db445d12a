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
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
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
