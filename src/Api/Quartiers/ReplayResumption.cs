using ConseilsCitoyens.Domain.Replay;
using Microsoft.Extensions.Caching.Memory;
using NodaTime;

namespace ConseilsCitoyens.Api.Quartiers;

/// <summary>
/// The indicator fold as it stood at the end of each page served, kept a few minutes under the
/// cursor the next page will be asked with: that page folds on from there and reads only its own
/// events, instead of the quartier's whole history again. A fold not found (another node, expired,
/// taken by a concurrent request for the same page, or left at an event the log no longer holds at
/// that sequence) is rebuilt from the start.
/// </summary>
public sealed class ReplayResumption : IDisposable
{
    private const int MaxFolds = 64;
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);
    private readonly MemoryCache _folds = new(new MemoryCacheOptions { SizeLimit = MaxFolds });

    public static string KeyOf(string city, Guid quartier, IEnumerable<Guid> councils, object? from, object? to, long after) =>
        $"{city}|{quartier}|{string.Join(',', councils.Order())}|{from}|{to}|{after}";

    /// <summary>The fold left at that cursor, removed so that only one request continues it.</summary>
    public PageEnd? Take(string key)
    {
        if (!_folds.TryGetValue(key, out PageEnd? end))
            return null;
        _folds.Remove(key);
        return end;
    }

    public void Keep(string key, PageEnd end) =>
        _folds.Set(key, end, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = KeptFor });

    public void Dispose() => _folds.Dispose();
}

/// <param name="LastRecorded">When the page's last event was recorded: checked against the log before resuming.</param>
public sealed record PageEnd(IndicatorFold Fold, Instant LastRecorded);
