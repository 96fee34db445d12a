using System.Collections;
using System.Text.RegularExpressions;
using ConseilsCitoyens.Projections.Serialization;
using Microsoft.AspNetCore.Http.Metadata;
using NodaTime;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// A body the JSON reader refuses (Wolverine answers it before the endpoint) is explained like any
/// malformed request: the field as the client wrote it, what it should hold, and the stable code,
/// instead of the reader's message about .NET types.
/// </summary>
internal static partial class MalformedBodies
{
    public static void Explain(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status != StatusCodes.Status400BadRequest || problem.Title != "Invalid JSON format" || problem.Detail is not { } detail)
            return;

        var requestType = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var (field, message) = Explain(detail, requestType);
        problem.Title = "Malformed request body";
        problem.Detail = field == "body" ? message : $"{field}: {message}";
        problem.Extensions["code"] = "request.malformed";
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [message] };
    }

    private static (string Field, string Message) Explain(string detail, Type? requestType)
    {
        if (UnknownMember().Match(detail) is { Success: true } unknown)
            return (unknown.Groups[1].Value, "is not a field of this request.");
        if (MissingRequired().Match(detail) is { Success: true } missing)
            return (missing.Groups[1].Value, "is required.");
        if (JsonPath().Match(detail) is not { Success: true } path || path.Groups[1].Value.Length == 0)
            return ("body", "The body is not the JSON object this endpoint reads.");
        var field = path.Groups[1].Value;
        return (field, TypeAt(requestType, field) is { } type ? $"expected {Expected(type)}." : "has a value of the wrong type.");
    }

    // Walks "person.firstName" or "quartierCodes[0]" through the request's properties, as JSON names them (camelCase).
    private static Type? TypeAt(Type? type, string path)
    {
        foreach (var segment in path.Split('.'))
        {
            if (type is null)
                return null;
            var name = segment.Split('[')[0];
            type = type.GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.PropertyType;
            if (segment.Contains('[') && type is not null)
                type = StoredEnumSpelling.ElementOf(type);
        }
        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    private static string Expected(Type type) =>
        type == typeof(LocalDate) ? "an ISO date such as 2018-06-30 (a date, without a time)"
        : type == typeof(Instant) ? "an ISO instant such as 2018-06-30T10:00:00Z"
        : type == typeof(Guid) ? "an id such as 0190c1a0-0000-7000-8000-000000000001"
        : type.IsEnum ? "one of " + string.Join(", ", Enum.GetNames(type).Select(n => char.ToLowerInvariant(n[0]) + n[1..]))
        : type == typeof(bool) ? "true or false"
        : type == typeof(int) || type == typeof(long) ? "a whole number"
        : type == typeof(decimal) || type == typeof(double) ? "a number"
        : type == typeof(string) ? "a string"
        : typeof(IEnumerable).IsAssignableFrom(type) ? "an array"
        : "an object";

    [GeneratedRegex(@"Path: \$\.?([^ |]*)")]
    private static partial Regex JsonPath();

    [GeneratedRegex(@"The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex(@"missing required properties including: '([^']+)'")]
    private static partial Regex MissingRequired();
}
