using NodaTime;
using NodaTime.Text;

namespace ConseilsCitoyens.Api.Infrastructure;

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
