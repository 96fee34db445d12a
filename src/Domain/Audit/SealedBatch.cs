using NodaTime;

namespace ConseilsCitoyens.Domain.Audit;

/// <summary>Events sealed in one pass of the sealer: a seal for each, chained after its stream's last seal, and the checkpoint over them.</summary>
public sealed record SealedBatch(IReadOnlyList<byte[]> Seals, Checkpoint Checkpoint)
{
    /// <param name="lastSeals">The last seal of each stream the events belong to, when it has one.</param>
    /// <param name="upTo">The sequence the checkpoint covers: every event up to it is sealed by now.</param>
    public static SealedBatch Of(SealKey key, Checkpoint? previous, IReadOnlyList<LoggedEvent> events,
        IReadOnlyDictionary<(string?, Guid?), byte[]> lastSeals, long upTo, Horizon horizon, Instant sealedAt)
    {
        var heads = new Dictionary<(string?, Guid?), byte[]>(lastSeals);
        var seals = events.Select(e => heads[e.Stream] = SealChain.Seal(key, heads.GetValueOrDefault(e.Stream), e)).ToArray();
        var id = (previous?.Id ?? 0) + 1;
        var hash = SealChain.Checkpoint(key, previous?.Hash, id, upTo, horizon, sealedAt, seals);
        return new SealedBatch(seals, new Checkpoint(id, upTo, horizon, sealedAt, hash));
    }
}
