using System.Globalization;
using System.Text.RegularExpressions;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Quartiers;
using Microsoft.OpenApi;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Every query parameter the API reads, by name: its shape and meaning. One name means one thing
/// across endpoints, so the OpenAPI document types and describes each from here, and the edge
/// refuses a value that does not fit the shape (400 naming the parameter) before any endpoint runs.
/// </summary>
internal static partial class QueryParameters
{
    public const string PeriodRule =
        "A period is exactly one of: from and to (ISO dates, both inclusive), year (2018), quarter (2018-Q2), " +
        "month (2018-06) or conventionYear (1 to the programme convention's duration); asOf, optional, must not precede its start.";

    private static readonly QueryShape Date = new(JsonSchemaType.String, "date", Check: (value, name) => QueryDates.Parse(value, name));
    private static readonly QueryShape Instant = new(JsonSchemaType.String, "date-time", Check: (value, name) => QueryDates.ParseInstant(value, name));
    private static readonly QueryShape Id = new(JsonSchemaType.String, "uuid", Check: (value, name) => QueryIds.Parse(value, name));
    private static readonly QueryShape Text = new(JsonSchemaType.String, MaxLength: 200);
    private static readonly QueryShape Arrondissement = new(JsonSchemaType.String, Pattern: "^(?:[0-9]{2}|2[AB])[0-9]{3}$");

    public static readonly IReadOnlyDictionary<string, QueryParameter> ByName = new QueryParameter[]
    {
        new("asOf", Date, "The business date the view is computed as of: only facts dated on or before it count. Default: today (Europe/Paris)."),
        new("on", Date, "The business date asked about. Default: today (Europe/Paris)."),
        new("asKnownAt", Instant, "An instant of the event log (ISO-8601 with Z or an offset): only the events recorded at or before it count, so a view reads as it was published then. Not after now. Default: now; the view's default date becomes its day."),
        new("from", Date, "First business date of the range, inclusive."),
        new("to", Date, "Last business date of the range, inclusive."),
        new("validFrom", Date, "First day the imported map is in force."),
        new("validUntil", Date, "Last day the imported map is in force, when it has ended."),
        new("year", new(JsonSchemaType.Integer, Minimum: 1900, Maximum: 9998), "A calendar year: the period from 1 January to 31 December."),
        new("quarter", new(JsonSchemaType.String, Pattern: "^[0-9]{4}-Q[1-4]$"), "A calendar quarter such as 2018-Q2."),
        new("month", new(JsonSchemaType.String, Pattern: "^[0-9]{4}-(0[1-9]|1[0-2])$"), "A calendar month such as 2018-06."),
        new("conventionYear", new(JsonSchemaType.Integer, Minimum: 1, Maximum: 99), "A year of the programme's convention, counted from 1 at its start."),
        new("open", new(JsonSchemaType.Boolean), "true for open data: counts by gender below the statistical-secrecy threshold are withheld."),
        new("arrondissement", Arrondissement, "An arrondissement's INSEE code, such as 75118."),
        new("councilId", Id, "A council's id."),
        new("council", Id, "A council's id: its own stream and every stream tied to it."),
        new("facilitatorId", Id, "A team member's id."),
        new("stream", Id, "A stream's id."),
        new("quartier", new(JsonSchemaType.String, Pattern: "^[Qq][PNpn](?:[0-9]{3}|02[ABab])[0-9]{3}$"), "A quartier's code on either map, such as QP075001 or QN075001."),
        new("generation", new(JsonSchemaType.String, Values: Enum.GetNames<MapGeneration>().Select(CamelCase).ToArray()), "The QPV map generation."),
        new("status", new(JsonSchemaType.String, Values: Enum.GetNames<CouncilStatus>().Select(CamelCase).ToArray()), "A council's status."),
        new("type", new(JsonSchemaType.String, MaxLength: 200, Repeatable: true), "An event type's name, such as MemberJoined; repeat the parameter for several."),
        new("actor", Text, "Who recorded the events (a token's subject)."),
        new("correlation", Text, "The correlation id the events were recorded under (X-Correlation-Id)."),
        new("recordedFrom", Instant, "Recorded at or after this instant."),
        new("recordedTo", Instant, "Recorded before this instant."),
        new("after", new(JsonSchemaType.String, Pattern: "^[0-9A-Za-z-]{1,64}$"), "The cursor: the `next` of the previous page, as given. Absent for the first page."),
        new("limit", new(JsonSchemaType.Integer, Minimum: 1, Maximum: 10_000), "The page size (default 100 and at most 1000, unless the endpoint says otherwise)."),
        new("codeColumn", Text, "The CSV column holding the QPV code. Default: code_qp."),
        new("nameColumn", Text, "The CSV column holding the QPV name. Default: nom_qp."),
        new("arrondissementColumn", Text, "The CSV column holding the arrondissement's INSEE code. Default: insee_com."),
        new(Authentication.TokenInAddress, new(JsonSchemaType.String, MaxLength: 8192), "The bearer token, for a browser opening the page (this page only)."),
    }.ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>Parameters the edge reads for an endpoint that does not bind them: the dashboard's token.</summary>
    public static IReadOnlyList<string> AlsoAccepted(string method, string route) =>
        Authentication.TakesTokenInAddress(method, route) ? [Authentication.TokenInAddress] : [];

    /// <exception cref="MalformedRequest">when <paramref name="value"/> does not fit the parameter's shape.</exception>
    public static void Check(QueryParameter parameter, string value)
    {
        var shape = parameter.Shape;
        var name = parameter.Name;
        if (shape.Check is { } check)
            check(value, name);
        else if (shape.Type == JsonSchemaType.Integer)
            _ = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && (shape.Minimum is not { } min || number >= min) && (shape.Maximum is not { } max || number <= max)
                ? number
                : throw new MalformedRequest(name, $"'{value}' is not a whole number{Bounds(shape)}.");
        else if (shape.Type == JsonSchemaType.Boolean && value is not ("true" or "false"))
            throw new MalformedRequest(name, $"'{value}' is not true or false.");
        else if (shape.Values is { } values && !values.Contains(value, StringComparer.Ordinal))
            throw new MalformedRequest(name, $"'{value}' is not one of {string.Join(", ", values)}.");
        else if (shape.Pattern is { } pattern && !Regex.IsMatch(value, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
            throw new MalformedRequest(name, $"'{value}' is not {Article(parameter.Description)}");
        else if (value.Length > (shape.MaxLength ?? int.MaxValue))
            throw new MalformedRequest(name, $"{name} is longer than {shape.MaxLength} characters.");
    }

    private static string Bounds(QueryShape shape) => (shape.Minimum, shape.Maximum) switch
    {
        ({ } min, { } max) => $" from {min} to {max}",
        ({ } min, null) => $" of at least {min}",
        _ => "",
    };

    // "A calendar quarter such as 2018-Q2." → "a calendar quarter such as 2018-Q2."
    private static string Article(string description) => char.ToLowerInvariant(description[0]) + description[1..];

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <param name="Check">Throws <see cref="MalformedRequest"/> for a value outside the shape; the generic check by type when null.</param>
internal sealed record QueryShape(
    JsonSchemaType Type,
    string? Format = null,
    string? Pattern = null,
    IReadOnlyList<string>? Values = null,
    long? Minimum = null,
    long? Maximum = null,
    int? MaxLength = null,
    bool Repeatable = false,
    Action<string, string>? Check = null);

internal sealed record QueryParameter(string Name, QueryShape Shape, string Description);
