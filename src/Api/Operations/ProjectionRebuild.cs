using System.Diagnostics;
using ConseilsCitoyens.Projections;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace ConseilsCitoyens.Api.Operations;

/// <param name="Sequence">The last event the rebuild has applied so far.</param>
public sealed record RebuildProgress(string Projection, int Index, int Count, long Sequence, long HighWater, double EventsPerSecond)
{
    public bool Done => Sequence >= HighWater;
}

/// <param name="Events">The log's events, each read once whatever the number of projections.</param>
public sealed record RebuildSummary(int Projections, long Events, TimeSpan Elapsed)
{
    public double LogEventsPerSecond => Elapsed.TotalSeconds > 0 ? Events / Elapsed.TotalSeconds : 0;

    public override string ToString() =>
        $"rebuild: {Projections} projection(s) rebuilt in one pass over {Events} events in {Elapsed.TotalSeconds:0.0} s ({LogEventsPerSecond:0} log events/s)";
}

/// <summary>
/// Rebuilds projections from the event log in one pass: the chosen projections become the members of
/// one composite in a store of their own (same database, same documents), and Marten's daemon rebuilds
/// that composite, wiping every member's documents, then reading the log once in pages and applying
/// each page to every member, committed together. Memory does not grow with the log.
/// </summary>
public static class ProjectionRebuild
{
    /// <summary>Room for every statement a page sends (a read and an upsert per projected table, the progressions).</summary>
    private const int AutoPreparedStatements = 100;

    public static IReadOnlyList<string> Names(IDocumentStore store) =>
        ((StoreOptions)store.Options).Projections.All.Select(p => p.Name).ToArray();

    /// <summary>The inline projections: what a bulk insert, which bypasses them, leaves to rebuild.</summary>
    public static IReadOnlyList<string> InlineNames(IDocumentStore store) =>
        ((StoreOptions)store.Options).Projections.All.Where(p => p.Lifecycle == ProjectionLifecycle.Inline).Select(p => p.Name).ToArray();

    /// <param name="connectionString">The live store's: the rebuild opens connections of its own to the same database.</param>
    public static async Task<RebuildSummary> RunAsync(
        IDocumentStore store, string connectionString, IReadOnlyList<string> projections, Action<RebuildProgress> progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var statistics = await store.Advanced.FetchEventStoreStatistics(token: ct);
        var highWater = statistics.EventSequenceNumber;
        using var onePass = OnePassStore(store, connectionString, projections);
        using var daemon = await onePass.BuildProjectionDaemonAsync();
        var name = $"{projections.Count} projections in one pass";
        var report = (long sequence) => progress(new RebuildProgress(name, 1, 1, sequence, highWater,
            sequence / Math.Max(clock.Elapsed.TotalSeconds, 0.001)));
        // The daemon reports from its own threads; its last report may come after the rebuild has returned.
        var gate = new Lock();
        using (daemon.Tracker.Subscribe(new Observer(state =>
               {
                   if (state.ShardName.StartsWith(Views.OnePass + ":", StringComparison.Ordinal) && state.Sequence < highWater)
                       lock (gate) report(state.Sequence);
               })))
            await daemon.RebuildProjectionAsync(Views.OnePass, TimeSpan.FromHours(6), ct);
        lock (gate) report(highWater);
        return new RebuildSummary(projections.Count, statistics.EventCount, clock.Elapsed);
    }

    /// <summary>The live store's database and storage, with the named projections as one composite.</summary>
    private static DocumentStore OnePassStore(IDocumentStore live, string connectionString, IReadOnlyList<string> projections)
    {
        var liveOptions = (StoreOptions)live.Options;
        // Its connections prepare the statements they repeat (each page's reads and upserts of every
        // projected table): PostgreSQL then parses and plans them once per connection, not once a page.
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (settings.MaxAutoPrepare == 0)
            (settings.MaxAutoPrepare, settings.AutoPrepareMinUsages) = (AutoPreparedStatements, 2);
        return DocumentStore.For(options =>
        {
            options.ConnectTo(settings.ConnectionString);
            options.ConfigureStorage();
            options.AutoCreateSchemaObjects = liveOptions.AutoCreateSchemaObjects;
            options.AddViewsAsOnePass(projections);
        });
    }

    private sealed class Observer(Action<ShardState> next) : IObserver<ShardState>
    {
        public void OnCompleted() { }
        public void OnError(Exception error) { }
        public void OnNext(ShardState value) => next(value);
    }
}
