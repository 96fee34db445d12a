using NodaTime;
using NodaTime.Text;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>A business date read from the query string ("?on=2018-06-30").</summary>
internal static class QueryDates
{
    /// <returns>The date, or <paramref name="otherwise"/> when the parameter is absent; a malformed value is a 400 naming it.</returns>
    public static LocalDate Parse(string? value, string name, LocalDate otherwise)
    {
        if (string.IsNullOrWhiteSpace(value))
            return otherwise;
        var parsed = LocalDatePattern.Iso.Parse(value.Trim());
        return parsed.Success ? parsed.Value : throw new MalformedRequest(name, $"'{value}' is not an ISO date such as 2018-06-30.");
/// <summary>Dates in a query string (?on=2018-06-30) are ISO dates; anything else is a 400.</summary>
internal static class QueryDates
{
    public static LocalDate? Parse(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var result = LocalDatePattern.Iso.Parse(value.Trim());
        return result.Success ? result.Value : throw new MalformedRequest(name, $"'{value}' is not an ISO date such as 2018-06-30.");
    }
}
