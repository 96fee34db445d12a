using System.Security.Cryptography;
using NodaTime;

namespace ConseilsCitoyens.Domain.Audit;

/// <summary>
/// A checkpoint as a small signed statement that auditors keep outside the database: the log held
/// these events, up to <see cref="Sequence"/>, with this hash, at this time. Whoever owns the
/// database can drop the checkpoints after an earlier one and let the log grow again from there;
/// an anchor kept elsewhere shows it. Signed with the seal key, so it cannot be made up either.
/// </summary>
public sealed record AuditAnchor(long Checkpoint, long Sequence, string Hash, Instant SealedAt, string Signature)
{
    public static AuditAnchor Of(SealKey key, Checkpoint checkpoint)
    {
        var hash = Convert.ToHexStringLower(checkpoint.Hash);
        return new AuditAnchor(checkpoint.Id, checkpoint.UpTo, hash, checkpoint.SealedAt, Sign(key, checkpoint.Id, checkpoint.UpTo, hash, checkpoint.SealedAt));
    }

    public bool IsSignedBy(SealKey key) => CryptographicOperations.FixedTimeEquals(
        System.Text.Encoding.ASCII.GetBytes(Sign(key, Checkpoint, Sequence, Hash, SealedAt)),
        System.Text.Encoding.ASCII.GetBytes(Signature));

    /// <summary>True when the checkpoint in the log is the one anchored.</summary>
    public bool Matches(Checkpoint checkpoint) =>
        checkpoint.Id == Checkpoint && checkpoint.UpTo == Sequence && checkpoint.SealedAt == SealedAt
        && Convert.ToHexStringLower(checkpoint.Hash) == Hash;

    private static string Sign(SealKey key, long checkpoint, long sequence, string hash, Instant sealedAt)
    {
        using var mac = new MacInput(key, "anchor/1").Add(checkpoint).Add(sequence).Add(hash).Add(sealedAt);
        return Convert.ToHexStringLower(mac.Finish());
    }
}
