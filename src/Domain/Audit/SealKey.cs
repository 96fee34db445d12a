namespace ConseilsCitoyens.Domain.Audit;

/// <summary>
/// The secret that keys every seal, checkpoint and anchor (HMAC-SHA-256). It lives in the
/// configuration of the processes that seal and verify, never in the database, so whoever can
/// rewrite the tables still cannot forge a seal.
/// </summary>
public sealed class SealKey
{
    public const int MinimumBytes = 32;

    public SealKey(byte[] bytes)
    {
        if (bytes.Length < MinimumBytes)
            throw new ArgumentException($"A seal key has at least {MinimumBytes} bytes.", nameof(bytes));
        Bytes = bytes;
    }

    internal byte[] Bytes { get; }
}
