using System.Globalization;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>One page of a collection: <see cref="Next"/> is the cursor of the following page (?after=), null on the last.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>
/// The cursor paging of every collection, like the audit log's: items in a stable order of their
/// key (an id or a code), ?after= the previous page's next, ?limit= (default 100, at most 1000).
/// </summary>
internal static class Paging
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1_000;

    public static Page<TItem> Of<TSource, TItem>(IEnumerable<TSource> sources, Func<TSource, string> key, string? after, string? limit,
        Func<TSource, TItem> item)
    {
        var size = Limit(limit);
        var cursor = string.IsNullOrWhiteSpace(after) ? null : after.Trim();
        var rest = sources.OrderBy(key, StringComparer.Ordinal)
            .Where(s => cursor is null || string.CompareOrdinal(key(s), cursor) > 0)
            .Take(size + 1)
            .ToArray();
        var page = rest.Take(size).ToArray();
        return new Page<TItem>(page.Select(item).ToArray(), rest.Length > size ? key(page[^1]) : null);
    }

    public static string Key(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    public static int Limit(string? limit) =>
        string.IsNullOrWhiteSpace(limit) ? DefaultLimit
        : int.TryParse(limit.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= MaxLimit ? size
        : throw new MalformedRequest("limit", $"limit must be a whole number from 1 to {MaxLimit}, not '{limit}'.");
}
