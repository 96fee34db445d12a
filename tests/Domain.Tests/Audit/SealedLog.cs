using ConseilsCitoyens.Domain.Audit;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Audit;

/// <summary>
/// A log, its seals, checkpoints and streams in memory, sealed as the sealer seals and tampered
/// with as a database owner would, then walked as the verifier walks the database.
/// </summary>
internal sealed class SealedLog
{
    public static readonly SealKey Key = new("a-seal-key-for-the-tests-of-at-least-32-bytes"u8.ToArray());
    public static readonly Instant Start = Instant.FromUtc(2018, 6, 30, 10, 0);

    private readonly SortedDictionary<long, LoggedEvent> events = new();
    private readonly SortedDictionary<long, (SealRow Row, string? City)> seals = new();
    private readonly List<Checkpoint> checkpoints = [];
    private readonly Dictionary<(string?, Guid?), long> streams = new();
    private long sequence;

    public Instant Clock { get; private set; } = Start;

    public IReadOnlyList<Checkpoint> Checkpoints => checkpoints;

    public LoggedEvent Append(Guid stream, string city = "paris")
    {
        Clock += Duration.FromSeconds(1);
        var version = streams.GetValueOrDefault((city, stream)) + 1;
        streams[(city, stream)] = version;
        var e = new LoggedEvent(++sequence, Guid.NewGuid(), city, stream, version, "member_joined", "ConseilsCitoyens.Domain.Councils.MemberJoined",
            Clock, $$"""{"gender": "female", "n": {{sequence}}}""", null, false,
            new EventActor("coordinator-7", "corr-1", "join-1", """{"role": "coordinator", "commandId": "join-1"}"""));
        events[e.Sequence] = e;
        return e;
    }

    /// <summary>A number drawn from the sequence by a transaction that rolled back.</summary>
    public long SkipANumber() => ++sequence;

    /// <summary>One pass of the sealer up to the sequence's last value (or only up to <paramref name="upTo"/>, a batch cut short).</summary>
    public Checkpoint Seal(long? upTo = null)
    {
        Clock += Duration.FromSeconds(1);
        var horizon = new Horizon(sequence, Clock);
        Clock += Duration.FromMilliseconds(10);
        var previous = checkpoints.LastOrDefault();
        var reach = upTo ?? sequence;
        var unsealed = events.Values.Where(e => e.Sequence > (previous?.UpTo ?? 0) && e.Sequence <= reach && !seals.ContainsKey(e.Sequence)).ToList();
        var lastSeals = seals.Values
            .GroupBy(s => (s.City, s.Row.StreamId))
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.Row.Version).Row.Hash);
        var batch = SealedBatch.Of(Key, previous, unsealed, lastSeals, reach, horizon, Clock);
        for (var i = 0; i < unsealed.Count; i++)
            seals[unsealed[i].Sequence] = (new SealRow(unsealed[i].Sequence, unsealed[i].StreamId, unsealed[i].Version, batch.Seals[i], batch.Checkpoint.Id), unsealed[i].City);
        checkpoints.Add(batch.Checkpoint);
        return batch.Checkpoint;
    }

    public LoggedEvent this[long sequenceNumber]
    {
        get => events[sequenceNumber];
        set => events[sequenceNumber] = value;
    }

    public void Delete(long sequenceNumber) => events.Remove(sequenceNumber);

    public void DeleteSeal(long sequenceNumber) => seals.Remove(sequenceNumber);

    /// <summary>The owner drops the events, seals and checkpoints from this sequence on and resets the streams to match.</summary>
    public void TruncateFrom(long sequenceNumber)
    {
        foreach (var e in events.Values.Where(e => e.Sequence >= sequenceNumber).OrderByDescending(e => e.Sequence).ToList())
        {
            events.Remove(e.Sequence);
            streams[e.Stream] = e.Version - 1;
        }
        DropSealsFrom(sequenceNumber);
    }

    /// <summary>The owner drops every checkpoint that covers this sequence or a later one, and all their seals.</summary>
    public void DropSealsFrom(long sequenceNumber)
    {
        var kept = checkpoints.TakeWhile(c => c.UpTo < sequenceNumber).Count();
        checkpoints.RemoveRange(kept, checkpoints.Count - kept);
        var mark = checkpoints.LastOrDefault()?.UpTo ?? 0;
        foreach (var s in seals.Keys.Where(s => s > mark).ToList())
            seals.Remove(s);
    }

    public void DeleteCheckpoint(long id) => checkpoints.RemoveAll(c => c.Id == id);

    public void RewriteCheckpoint(long id, Func<Checkpoint, Checkpoint> change) =>
        checkpoints[checkpoints.FindIndex(c => c.Id == id)] = change(checkpoints.Single(c => c.Id == id));

    public void SetStreamVersion(Guid stream, long version, string city = "paris") => streams[(city, stream)] = version;

    public BrokenLink? Walk(params AuditAnchor[] anchors) => Walk(out _, anchors);

    public BrokenLink? Walk(out ChainWalk walk, params AuditAnchor[] anchors)
    {
        walk = new ChainWalk(Key, checkpoints.ToList(), anchors);
        if (walk.Start() is { } disordered)
            return disordered;
        foreach (var number in events.Keys.Union(seals.Keys).Order())
            if (walk.Visit(events.GetValueOrDefault(number), seals.TryGetValue(number, out var seal) ? seal.Row : null) is { } broken)
                return broken;
        if (walk.EndOfLog() is { } end)
            return end;
        foreach (var ((city, stream), version) in streams)
            if (walk.VisitStream(city, stream!.Value, version) is { } behind)
                return behind;
        return null;
    }
}
