using System.Diagnostics;
using JasperFx.Events.Projections;
using Marten;

namespace ConseilsCitoyens.Api.Operations;

/// <param name="Sequence">The last event the projection has applied so far.</param>
public sealed record RebuildProgress(string Projection, int Index, int Count, long Sequence, long HighWater, double EventsPerSecond)
{
    public bool Done => Sequence >= HighWater;
}

public sealed record RebuildSummary(int Projections, long Events, TimeSpan Elapsed)
{
    public double EventsPerSecond => Elapsed.TotalSeconds > 0 ? Projections * Events / Elapsed.TotalSeconds : 0;

    public override string ToString() =>
        $"rebuild: {Projections} projection(s) rebuilt from {Events} events in {Elapsed.TotalSeconds:0.0} s ({EventsPerSecond:0} events/s)";
}

/// <summary>
/// Rebuilds projections from the event log with Marten's daemon: it wipes a projection's documents
/// and replays the log in pages, so memory does not grow with the log. Every registered projection,
/// inline or asynchronous, is covered; up to <c>parallel</c> of them at once, each replaying the log
/// on its own (projections share no document, so their order does not matter).
/// </summary>
public static class ProjectionRebuild
{
    /// <summary>
    /// Two at a time: a single rebuild keeps one core busy (deserializing and applying) while
    /// PostgreSQL waits, and a second fills the other core; more gains little on two cores
    /// (figures in docs/performance.md).
    /// </summary>
    public const int DefaultParallel = 2;

    public static IReadOnlyList<string> Names(IDocumentStore store) =>
        ((StoreOptions)store.Options).Projections.All.Select(p => p.Name).ToArray();

    /// <summary>The inline projections: what a bulk insert, which bypasses them, leaves to rebuild.</summary>
    public static IReadOnlyList<string> InlineNames(IDocumentStore store) =>
        ((StoreOptions)store.Options).Projections.All.Where(p => p.Lifecycle == ProjectionLifecycle.Inline).Select(p => p.Name).ToArray();

    public static async Task<RebuildSummary> RunAsync(
        IDocumentStore store, IReadOnlyList<string> projections, int parallel, Action<RebuildProgress> progress, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        var clock = Stopwatch.StartNew();
        var statistics = await store.Advanced.FetchEventStoreStatistics(token: ct);
        var highWater = statistics.EventSequenceNumber;
        using var daemon = await store.BuildProjectionDaemonAsync();
        // The daemon reports from its own threads: one report at a time.
        var gate = new Lock();
        var report = (RebuildProgress p) => { lock (gate) progress(p); };

        await Parallel.ForEachAsync(projections.Select((name, i) => (name, index: i + 1)),
            new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct }, async (item, token) =>
            {
                var (name, index) = item;
                var started = Stopwatch.StartNew();
                using var watching = daemon.Tracker.Subscribe(new Observer(state =>
                {
                    // The daemon's last report of a shard may come after its rebuild has returned.
                    if (state.ShardName.StartsWith(name + ":", StringComparison.Ordinal) && state.Sequence < highWater)
                        report(new RebuildProgress(name, index, projections.Count, state.Sequence, highWater,
                            state.Sequence / Math.Max(started.Elapsed.TotalSeconds, 0.001)));
                }));
                await daemon.RebuildProjectionAsync(name, TimeSpan.FromMinutes(30), token);
                report(new RebuildProgress(name, index, projections.Count, highWater, highWater,
                    highWater / Math.Max(started.Elapsed.TotalSeconds, 0.001)));
            });
        return new RebuildSummary(projections.Count, statistics.EventCount, clock.Elapsed);
    }

    private sealed class Observer(Action<ShardState> next) : IObserver<ShardState>
    {
        public void OnCompleted() { }
        public void OnError(Exception error) { }
        public void OnNext(ShardState value) => next(value);
    }
}
