namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>Ids in a query string (?councilId=…) are GUIDs; anything else is a 400 naming the parameter.</summary>
internal static class QueryIds
{
    /// <returns>The id, or null when the parameter is absent.</returns>
    public static Guid? Parse(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? null
        : Guid.TryParse(value.Trim(), out var id) ? id
        : throw new MalformedRequest(name, $"'{value}' is not an id such as 0190c1a0-0000-7000-8000-000000000001.");
}
