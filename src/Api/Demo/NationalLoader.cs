using System.Diagnostics;
using System.Threading.Channels;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Calendar;
using JasperFx.Events;
using Marten;
using NodaTime;

namespace ConseilsCitoyens.Api.Demo;

public sealed record NationalProgress(int Councils, int TotalCouncils, long Events, double EventsPerSecond);

/// <param name="InsertElapsed">Time spent inside Marten's bulk insert (COPY) alone, generation overlapping it.</param>
public sealed record NationalLoadResult(int Regions, int SkippedRegions, int Councils, long Events, TimeSpan Elapsed, TimeSpan InsertElapsed)
{
    public double EventsPerSecond => Elapsed.TotalSeconds > 0 ? Events / Elapsed.TotalSeconds : 0;

    public double InsertEventsPerSecond => InsertElapsed.TotalSeconds > 0 ? Events / InsertElapsed.TotalSeconds : 0;

    public override string ToString() =>
        $"national: {Councils} councils in {Regions} regions ({SkippedRegions} already loaded), {Events} events in {Elapsed.TotalSeconds:0.0} s " +
        $"({EventsPerSecond:0} events/s; bulk insert alone {InsertElapsed.TotalSeconds:0.0} s, {InsertEventsPerSecond:0} events/s)";
}

/// <summary>
/// The national set: regions of the demo generator (same deciders, so every event is one an endpoint
/// could have appended) written with Marten's bulk event path (COPY). That path bypasses inline
/// projections: the caller rebuilds them afterwards (the demo command does).
/// </summary>
public static class NationalLoader
{
    /// <summary>About 21,000 events a batch: one COPY each, and bounded memory.</summary>
    private const int RegionsPerBatch = 10;

    public static async Task<NationalLoadResult> Load(
        IDocumentStore store, string city, CommandLineActor actor, WorkingCalendar calendar, LocalDate today, int councils, int seed,
        Action<NationalProgress> progress, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var regions = DemoRegion.For(councils);
        var loaded = await LoadedRegions(store, city, regions, ct);
        var pending = regions.Where(r => !loaded.Contains(r.Index)).ToArray();

        // Generation (CPU) overlaps the previous batch's COPY (I/O).
        var batches = Channel.CreateBounded<DemoSet[]>(1);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var chunk in pending.Chunk(RegionsPerBatch))
                    await batches.Writer.WriteAsync(chunk.Select(r => new DemoData(seed, calendar, today, r).Generate()).ToArray(), ct);
            }
            finally
            {
                batches.Writer.Complete();
            }
        }, ct);

        long events = 0;
        var done = loaded.Count == 0 ? 0 : regions.Where(r => loaded.Contains(r.Index)).Sum(r => r.Councils);
        var inserting = new Stopwatch();
        await foreach (var sets in batches.Reader.ReadAllAsync(ct))
        {
            inserting.Start();
            await store.BulkInsertDocumentsAsync(city, sets.SelectMany(s => s.Documents), cancellation: ct);
            // Each region's convention goes last, so that its presence marks a complete region.
            var actions = sets.SelectMany(set => set.Streams.OrderBy(s => s.Id == set.ConventionId)).Select(s => Action(store, s, actor)).ToArray();
            await store.BulkInsertEventsAsync(city, actions, 5000, ct);
            inserting.Stop();
            events += sets.Sum(s => s.EventCount);
            done += sets.Sum(s => s.Councils);
            progress(new NationalProgress(done, councils, events, events / Math.Max(watch.Elapsed.TotalSeconds, 0.001)));
        }
        await producer;
        return new NationalLoadResult(regions.Count, loaded.Count, councils, events, watch.Elapsed, inserting.Elapsed);
    }

    private static StreamAction Action(IDocumentStore store, DemoStream stream, CommandLineActor actor)
    {
        var action = StreamAction.Start(((DocumentStore)store).Events, stream.Id, stream.Events.ToArray());
        action.AggregateType = stream.AggregateType;
        foreach (var e in action.Events)
            actor.ApplyTo(e);
        return action;
    }

    private static async Task<HashSet<int>> LoadedRegions(IDocumentStore store, string city, IReadOnlyList<DemoRegion> regions, CancellationToken ct)
    {
        await using var session = store.QuerySession(city);
        var ids = regions.Select(r => r.ConventionId).ToArray();
        var existing = await session.QueryAsync<Guid>($"select id from {store.Options.Events.DatabaseSchemaName}.mt_streams where id = any(?) and tenant_id = ?", ct, ids, city);
        return regions.Where(r => existing.Contains(r.ConventionId)).Select(r => r.Index).ToHashSet();
    }
}
