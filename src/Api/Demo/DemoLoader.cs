using System.Diagnostics;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using Marten;
using NodaTime;

namespace ConseilsCitoyens.Api.Demo;

public sealed record DemoLoadResult(bool AlreadyLoaded, int Streams, int Events, TimeSpan Elapsed)
{
    public override string ToString() => AlreadyLoaded
        ? "demo: already loaded (its convention stream exists); nothing appended"
        : $"demo: {Streams} streams, {Events} events in {Elapsed.TotalSeconds:0.0} s";
}

/// <summary>Appends the demo set with Marten, many streams per transaction (not through HTTP).</summary>
public static class DemoLoader
{
    private const int StreamsPerBatch = 100;

    public static async Task<bool> IsLoaded(IDocumentStore store, string city, CancellationToken ct)
    {
        await using var session = store.QuerySession(city);
        return await session.Events.FetchStreamStateAsync(DemoData.ConventionId, ct) is not null;
    }

    public static async Task<DemoLoadResult> Load(
        IDocumentStore store, string city, CommandLineActor actor, WorkingCalendar calendar, IClock clock, int seed, Action<int, int> progress, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        if (await IsLoaded(store, city, ct))
            return new DemoLoadResult(true, 0, 0, watch.Elapsed);

        var set = new DemoData(seed, calendar, ProgrammeCalendar.Today(clock.GetCurrentInstant())).Generate();
        var done = 0;
        // The convention goes last: its stream marks a complete load.
        var ordered = set.Streams.Where(s => s.Id != DemoData.ConventionId).Concat(set.Streams.Where(s => s.Id == DemoData.ConventionId)).ToArray();
        await using (var session = store.LightweightSession(city))
        {
            session.Store(set.Documents.ToArray());
            await session.SaveChangesAsync(ct);
        }
        foreach (var batch in ordered.Chunk(StreamsPerBatch))
        {
            await using var session = store.LightweightSession(city);
            actor.ApplyTo(session);
            foreach (var stream in batch)
                session.Events.StartStream(stream.AggregateType, stream.Id, stream.Events.ToArray());
            await session.SaveChangesAsync(ct);
            done += batch.Length;
            progress(done, ordered.Length);
        }
        return new DemoLoadResult(false, set.Streams.Count, set.EventCount, watch.Elapsed);
    }
}
