using System.Globalization;

namespace ConseilsCitoyens.Bench;

/// <summary>
/// The per-quartier replay of 3 years: `GET /quartiers/{code}/replay` over
/// 2017–2019. The endpoint answers JSON lines, at most 1000 a page (its default limit) with
/// `?after=` to resume: the phase times the first page, read whole; the label says whether that
/// page is the whole replay and how many events the replay holds (counted once, page by page).
/// </summary>
internal static class Replay
{
    public const string Window = "from=2017-01-01&to=2019-12-31";
    private const int PageLimit = 1000;
    private const int CountLimit = 10_000;
    private const int MaxPages = 1000;

    public static string Path(string quartier) => $"/quartiers/{quartier}/replay?{Window}";

    /// <summary>The events of the whole replay (in the window), read once before the phase.</summary>
    public static async Task<long> Count(HttpClient http, string quartier)
    {
        long total = 0;
        var after = 0L;
        for (var page = 0; page < MaxPages; page++)
        {
            var body = await http.GetStringAsync($"{Path(quartier)}&limit={CountLimit}&after={after}");
            var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            total += lines.Length;
            if (lines.Length < CountLimit)
                return total;
            after = Sequence(lines[^1]);
        }
        throw new InvalidOperationException($"replay of {quartier}: more than {MaxPages} pages");
    }

    public static string Label(string quartier, long events) =>
        events <= PageLimit
            ? $"Replay of a quartier over 3 years, whole replay in one page (`GET /quartiers/{quartier}/replay?{Window}`: {events} events)"
            : $"Replay of a quartier over 3 years, first page read whole (`GET /quartiers/{quartier}/replay?{Window}`: {PageLimit} of its {events} events)";

    private static long Sequence(string line)
    {
        using var json = System.Text.Json.JsonDocument.Parse(line);
        return json.RootElement.GetProperty("sequence").GetInt64();
    }
}
