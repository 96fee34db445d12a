using NodaTime;

namespace ConseilsCitoyens.Domain.Audit;

/// <summary>
/// Where the sealer stood when it sealed: the sequence's last value, read just after the instant
/// <see cref="At"/>, once every transaction that could still insert a number up to it had ended.
/// Every event numbered up to it was therefore recorded before the checkpoint, every later one after <see cref="At"/>.
/// </summary>
public sealed record Horizon(long Sequence, Instant At)
{
    /// <summary>Two horizons found by two sealers: what each proves still holds for the further sequence read after the later instant.</summary>
    public Horizon Join(Horizon other) => new(Math.Max(Sequence, other.Sequence), Instant.Max(At, other.At));
}

/// <summary>A checkpoint seals the seals of the events up to <see cref="UpTo"/>, after the previous checkpoint.</summary>
public sealed record Checkpoint(long Id, long UpTo, Horizon Horizon, Instant SealedAt, byte[] Hash);
