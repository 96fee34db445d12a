using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace ConseilsCitoyens.Domain.Audit;

/// <summary>
/// An HMAC-SHA-256 over fields, each written after its length (-1 for a null), so that no field can
/// lend bytes to its neighbour (a user "a|b" and a correlation "c" never read as "a" and "b|c").
/// The first field names the purpose: a seal can never pass for a checkpoint or an anchor.
/// </summary>
internal sealed class MacInput : IDisposable
{
    private readonly IncrementalHash mac;

    public MacInput(SealKey key, string purpose)
    {
        mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key.Bytes);
        Add(purpose);
    }

    public MacInput Add(byte[]? bytes)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes?.Length ?? -1);
        mac.AppendData(length);
        if (bytes is not null)
            mac.AppendData(bytes);
        return this;
    }

    public MacInput Add(string? text) => Add(text is null ? null : Encoding.UTF8.GetBytes(text));

    public MacInput Add(long number) => Add(number.ToString(CultureInfo.InvariantCulture));

    public MacInput Add(Guid? id) => Add(id?.ToString("D"));

    public MacInput Add(bool? flag) => Add(flag switch { null => null, true => "t", false => "f" });

    /// <summary>In microseconds since 1970, PostgreSQL's precision.</summary>
    public MacInput Add(Instant instant) => Add(instant.ToUnixTimeTicks() / 10);

    public byte[] Finish() => mac.GetHashAndReset();

    public void Dispose() => mac.Dispose();
}
