using NodaTime;
using NodaTime.Text;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>Dates in a query string (?on=2018-06-30) are ISO dates; anything else is a 400 naming the parameter.</summary>
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
}
