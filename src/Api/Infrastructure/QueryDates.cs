using NodaTime;
using NodaTime.Text;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Dates in a query string (?on=2018-06-30) are ISO dates, instants (?asKnownAt=) ISO-8601 with Z or an
/// offset (2019-03-01T12:00:00+01:00); anything else is a 400 naming the parameter.
/// </summary>
internal static class QueryDates
{
    /// <returns>The date, or null when the parameter is absent.</returns>
    public static LocalDate? Parse(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var result = LocalDatePattern.Iso.Parse(value.Trim());
        return result.Success ? result.Value : throw new MalformedRequest(name, $"'{value}' is not an ISO date such as 2018-06-30.");
    }

    /// <returns>The date, or <paramref name="otherwise"/> when the parameter is absent.</returns>
    public static LocalDate Parse(string? value, string name, LocalDate otherwise) => Parse(value, name) ?? otherwise;

    public static LocalDate Required(string? value, string name) =>
        Parse(value, name) ?? throw new MalformedRequest(name, $"{name} is required (an ISO date such as 2015-01-01).");

    /// <returns>The instant, or null when the parameter is absent.</returns>
    public static Instant? ParseInstant(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        // An unencoded '+' of an offset arrives as a space; an ISO instant holds no space otherwise.
        var text = value.Trim().Replace(' ', '+');
        var result = InstantPattern.ExtendedIso.Parse(text);
        if (result.Success)
            return result.Value;
        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        return offset.Success
            ? offset.Value.ToInstant()
            : throw new MalformedRequest(name, $"'{value}' is not an ISO instant such as 2018-06-30T10:00:00Z or 2018-06-30T12:00:00+02:00.");
    }
}
