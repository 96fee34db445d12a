using System.Security.Cryptography;
using System.Text;

namespace ConseilsCitoyens.Domain.Audit;

/// <summary>An event as the log stores it, with the canonical text of its payload (PostgreSQL's jsonb text) and its city (tenant).</summary>
public sealed record LoggedEvent(long Sequence, Guid StreamId, long Version, string Type, DateTimeOffset Timestamp, string Payload, string City);

/// <summary>
/// The tamper-evident chains over the log. Each stream's events are chained in stream order
/// (a stream is already serialized by its version, so writers of different streams never wait on
/// each other); the seals are then chained globally into checkpoints behind the committed
/// sequence, across cities: one chain proves the whole database's log. Changing, removing or reordering an event breaks its stream's chain from there on.
/// </summary>
public static class SealChain
{
    /// <summary>SHA-256 of the previous seal of the stream, then "city|sequence|type|stream|version|timestamp|" and the payload, in UTF-8.</summary>
    public static byte[] Seal(byte[]? previousOfStream, LoggedEvent e)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(previousOfStream ?? []);
        sha.AppendData(Encoding.UTF8.GetBytes(
            $"{e.City}|{e.Sequence}|{e.Type}|{e.StreamId:D}|{e.Version}|{e.Timestamp.UtcDateTime:yyyy-MM-ddTHH:mm:ss.ffffffZ}|"));
        sha.AppendData(Encoding.UTF8.GetBytes(e.Payload));
        return sha.GetHashAndReset();
    }

    /// <summary>A checkpoint covers the seals up to a sequence: SHA-256 of the previous checkpoint, that sequence, and the seals in order.</summary>
    public static byte[] Checkpoint(byte[]? previous, long upToSequence, IEnumerable<byte[]> seals)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(previous ?? []);
        sha.AppendData(Encoding.UTF8.GetBytes($"{upToSequence}|"));
        foreach (var seal in seals)
            sha.AppendData(seal);
        return sha.GetHashAndReset();
    }
}
