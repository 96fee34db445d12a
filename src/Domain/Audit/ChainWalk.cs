using NodaTime;
using NodaTime.Text;

namespace ConseilsCitoyens.Domain.Audit;

/// <param name="StreamId">Null when the link is a checkpoint or an anchor rather than an event.</param>
public sealed record BrokenLink(long Sequence, Guid? StreamId, long Version, string? Type, string Reason);

/// <summary>A seal as stored: the event it seals and the checkpoint it was filed under.</summary>
public sealed record SealRow(long Sequence, Guid? StreamId, long Version, byte[] Hash, long CheckpointId);

/// <summary>
/// Verifies the log in one pass in sequence order, from the rows alone and the key: each event
/// against its seal (its stream's chain recomputed), each checkpoint against its seals, the
/// streams' versions, the time each event was recorded against the checkpoints around it, and the
/// anchors kept outside the database. Every method returns the first broken link it finds, else null.
/// Memory holds one head per stream and the checkpoints.
/// </summary>
public sealed class ChainWalk(SealKey key, IReadOnlyList<Checkpoint> checkpoints, IReadOnlyCollection<AuditAnchor> anchors)
{
    /// <summary>How far the server's clock may step back between two readings without an event being taken for back-dated.</summary>
    public static readonly Duration ClockTolerance = Duration.FromSeconds(1);

    private sealed record Head(byte[]? Seal, long Version, long Sequence);

    private readonly Dictionary<(string?, Guid?), Head> heads = new();
    private readonly ILookup<long, AuditAnchor> anchored = anchors.ToLookup(a => a.Checkpoint);
    // The checkpoint whose range (previous UpTo, UpTo] holds the current sequence, and its MAC once a seal was added.
    private int covering;
    private MacInput? coveringMac;
    // The first checkpoint whose horizon is not below the current sequence.
    private int after;

    public long EventsChecked { get; private set; }
    public long Pending { get; private set; }
    public long CheckpointsChecked { get; private set; }
    public long AnchorsChecked { get; private set; }

    /// <summary>Every event up to here was sealed: the last checkpoint's reach.</summary>
    public long SealedUpTo => checkpoints.Count == 0 ? 0 : checkpoints[^1].UpTo;

    /// <summary>The checkpoints follow each other: numbered from 1 without a hole, each reaching further, no later than its horizon.</summary>
    public BrokenLink? Start()
    {
        for (var i = 0; i < checkpoints.Count; i++)
        {
            var c = checkpoints[i];
            if (c.Id != i + 1)
                return CheckpointLink(c, $"Checkpoint {i + 1} is missing from the chain (the next one is {c.Id}).");
            if (c.UpTo > c.Horizon.Sequence || c.SealedAt < c.Horizon.At - ClockTolerance)
                return CheckpointLink(c, $"Checkpoint {c.Id} reaches beyond its own horizon.");
            if (i > 0 && (c.UpTo <= checkpoints[i - 1].UpTo || c.Horizon.Sequence < checkpoints[i - 1].Horizon.Sequence
                          || c.Horizon.At < checkpoints[i - 1].Horizon.At))
                return CheckpointLink(c, $"Checkpoint {c.Id} does not reach beyond checkpoint {c.Id - 1}.");
        }
        return null;
    }

    /// <summary>The next row of the log in sequence order: an event, its seal, or both.</summary>
    public BrokenLink? Visit(LoggedEvent? e, SealRow? seal)
    {
        if (CloseCheckpointsBelow(e?.Sequence ?? seal!.Sequence) is { } closing)
            return closing;
        if (e is null)
            return new BrokenLink(seal!.Sequence, seal.StreamId, seal.Version, null, "A sealed event is missing from the log.");
        if ((Continuity(e) ?? RecordingTime(e)) is { } broken)
            return broken;

        var head = heads.GetValueOrDefault(e.Stream);
        if (seal is null)
        {
            if (e.Sequence <= SealedUpTo)
                return EventLink(e, $"The event is below the sealed high-water mark (event {SealedUpTo}) but was never sealed: " +
                                    "it was inserted afterwards, or its seal was deleted.");
            Pending++;
            heads[e.Stream] = new Head(null, e.Version, e.Sequence);
            return null;
        }
        if (!SealChain.Seal(key, head?.Seal, e).AsSpan().SequenceEqual(seal.Hash))
            return EventLink(e, "The event differs from what was sealed (its content, actor, type, stream, version or time changed, " +
                                "or an earlier event of its stream did).");
        if (File(seal) is { } misfiled)
            return EventLink(e, misfiled);
        heads[e.Stream] = new Head(seal.Hash, e.Version, e.Sequence);
        EventsChecked++;
        return null;
    }

    /// <summary>After the last row: the remaining checkpoints, and the anchors the log no longer reaches.</summary>
    public BrokenLink? EndOfLog()
    {
        if (CloseCheckpointsBelow(long.MaxValue) is { } closing)
            return closing;
        var beyond = anchored.SelectMany(a => a).Where(a => a.Checkpoint > checkpoints.Count).MinBy(a => a.Checkpoint);
        return beyond is null ? null : new BrokenLink(beyond.Sequence, null, 0, null,
            $"The log ends before anchor {beyond.Checkpoint} (events up to {beyond.Sequence}, sealed at {Text(beyond.SealedAt)}): " +
            "it was truncated or rolled back after it was anchored.");
    }

    /// <summary>A stream as mt_streams records it: its version must be that of its last event in the log.</summary>
    public BrokenLink? VisitStream(string? city, Guid id, long version)
    {
        var head = heads.GetValueOrDefault((city, id));
        var held = head?.Version ?? 0;
        if (held == version)
            return null;
        return new BrokenLink(head?.Sequence ?? 0, id, version, null, version > held
            ? $"The stream is at version {version} but the log holds its events only up to version {held}: its last events were deleted."
            : $"The stream is at version {version}, below its last event (version {held}): its row was rewritten.");
    }

    private BrokenLink? Continuity(LoggedEvent e)
    {
        var previous = heads.GetValueOrDefault(e.Stream)?.Version ?? 0;
        if (e.Version == previous + 1)
            return null;
        return EventLink(e, previous == 0
            ? $"The stream's first event in the log is version {e.Version}: the earlier ones are missing."
            : $"The stream goes from version {previous} to {e.Version}: the events between are missing.");
    }

    // An event numbered after a horizon was recorded after it; one numbered up to a horizon, before its checkpoint was sealed.
    private BrokenLink? RecordingTime(LoggedEvent e)
    {
        while (after < checkpoints.Count && checkpoints[after].Horizon.Sequence < e.Sequence)
            after++;
        if (after > 0 && checkpoints[after - 1] is var before && e.Timestamp < before.Horizon.At - ClockTolerance)
            return EventLink(e, $"The event was recorded at {Text(e.Timestamp)}, before checkpoint {before.Id}'s horizon " +
                                $"({Text(before.Horizon.At)}) though numbered after it: it was inserted later with a back-dated time.");
        if (after < checkpoints.Count && checkpoints[after] is var next && e.Timestamp > next.SealedAt + ClockTolerance)
            return EventLink(e, $"The event was recorded at {Text(e.Timestamp)}, after checkpoint {next.Id} was sealed " +
                                $"({Text(next.SealedAt)}) though numbered within its horizon: it was inserted later into the sealed past.");
        return null;
    }

    private string? File(SealRow seal)
    {
        if (covering == checkpoints.Count)
            return "The event is sealed but no checkpoint covers it: its checkpoint was deleted.";
        var checkpoint = checkpoints[covering];
        if (seal.CheckpointId != checkpoint.Id)
            return $"The seal is filed under checkpoint {seal.CheckpointId}, but its sequence belongs to checkpoint {checkpoint.Id}.";
        (coveringMac ??= Begin(covering)).Add(seal.Hash);
        return null;
    }

    private BrokenLink? CloseCheckpointsBelow(long sequence)
    {
        for (; covering < checkpoints.Count && checkpoints[covering].UpTo < sequence; covering++)
        {
            var checkpoint = checkpoints[covering];
            using (var mac = coveringMac ?? Begin(covering))
            {
                coveringMac = null;
                if (!mac.Finish().AsSpan().SequenceEqual(checkpoint.Hash))
                    return CheckpointLink(checkpoint, $"Checkpoint {checkpoint.Id} does not match its seals (a seal or the checkpoint was changed, added or deleted).");
            }
            CheckpointsChecked++;
            foreach (var anchor in anchored[checkpoint.Id])
            {
                if (!anchor.Matches(checkpoint))
                    return CheckpointLink(checkpoint, $"Checkpoint {checkpoint.Id} differs from its anchor: the log was rewritten after it was anchored.");
                AnchorsChecked++;
            }
        }
        return null;
    }

    private MacInput Begin(int index)
    {
        var c = checkpoints[index];
        return SealChain.BeginCheckpoint(key, index == 0 ? null : checkpoints[index - 1].Hash, c.Id, c.UpTo, c.Horizon, c.SealedAt);
    }

    private static BrokenLink EventLink(LoggedEvent e, string reason) => new(e.Sequence, e.StreamId, e.Version, e.Type, reason);

    private static BrokenLink CheckpointLink(Checkpoint c, string reason) => new(c.UpTo, null, 0, null, reason);

    private static string Text(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
