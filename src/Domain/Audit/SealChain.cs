using NodaTime;

namespace ConseilsCitoyens.Domain.Audit;

/// <summary>
/// The keyed chains over the log. Each stream's events are chained in stream order (a stream is
/// already serialized by its version, so writers of different streams never wait on each other);
/// the seals are then chained globally into checkpoints behind the committed sequence, across
/// cities: one chain proves the whole database's log. Changing, removing or reordering an event
/// breaks its stream's chain from there on, and without the key no one can seal it again.
/// </summary>
public static class SealChain
{
    /// <summary>HMAC of the stream's previous seal and every column of the event.</summary>
    public static byte[] Seal(SealKey key, byte[]? previousOfStream, LoggedEvent e)
    {
        using var mac = new MacInput(key, "seal/2")
            .Add(previousOfStream).Add(e.City).Add(e.Sequence).Add(e.EventId).Add(e.StreamId).Add(e.Version)
            .Add(e.Type).Add(e.DotnetType).Add(e.Timestamp).Add(e.Payload).Add(e.BinaryPayload).Add(e.Archived)
            .Add(e.Actor.UserName).Add(e.Actor.CorrelationId).Add(e.Actor.CausationId).Add(e.Actor.Headers);
        return mac.Finish();
    }

    /// <summary>The checkpoint's MAC: the previous checkpoint's, its own fields, then its seals in sequence order.</summary>
    public static byte[] Checkpoint(SealKey key, byte[]? previous, long id, long upTo, Horizon horizon, Instant sealedAt, IEnumerable<byte[]> seals)
    {
        using var mac = BeginCheckpoint(key, previous, id, upTo, horizon, sealedAt);
        foreach (var seal in seals)
            mac.Add(seal);
        return mac.Finish();
    }

    internal static MacInput BeginCheckpoint(SealKey key, byte[]? previous, long id, long upTo, Horizon horizon, Instant sealedAt) =>
        new MacInput(key, "checkpoint/2").Add(previous).Add(id).Add(upTo).Add(horizon.Sequence).Add(horizon.At).Add(sealedAt);
}
