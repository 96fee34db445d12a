using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ConseilsCitoyens.Domain.Councils;

namespace ConseilsCitoyens.Domain.Drawings;

/// <summary>
/// The drawing by lot (DOMAIN.md §3 rules 4, 5, 11), algorithm <c>sha256-fisher-yates/1</c>. It is
/// a pure function of the seed and the candidates, so that an auditor holding the recorded
/// <see cref="DrawingHeld"/> can re-implement it and find the same result. Precisely:
/// <list type="number">
/// <item>Each gender is drawn on its own, under its label: <c>female</c> or <c>male</c> (lower-case ASCII).</item>
/// <item>That gender's candidate ids are sorted by their canonical text — 36 characters, lower-case
/// hexadecimal with hyphens, e.g. <c>0190c1a0-0000-7000-8000-000000000001</c> — compared
/// character by character (ordinal). The order in which candidates were given does not matter.</item>
/// <item>A counter <c>c</c> starts at 0 for the gender. One draw hashes
/// <c>SHA-256(UTF-8(seed + ":" + label + ":" + c))</c>, where <c>seed</c> is the recorded string as is
/// (no trimming, no normalisation) and <c>c</c> is written in decimal ASCII digits without sign or
/// leading zeros; it reads the first 8 bytes of the digest as an unsigned big-endian 64-bit
/// integer <c>x</c>, then adds 1 to <c>c</c>. Every draw counts, rejected ones included.</item>
/// <item>An index below <c>m</c> is unbiased by rejection: draw <c>x</c>; while
/// <c>x ≥ 2^64 − (2^64 mod m)</c>, draw again; the index is <c>x mod m</c>.</item>
/// <item>Fisher–Yates (Durstenfeld): for <c>i</c> from <c>n − 1</c> down to 1, take <c>j</c> = an index below
/// <c>i + 1</c> and swap the ids at positions <c>i</c> and <c>j</c> (positions from 0).</item>
/// <item>The shuffled ids are the gender's result: the first <c>seats</c> are drawn, the others are the
/// substitutes, called in that order.</item>
/// </list>
/// System.Random is not used: its sequence is not a stable contract across .NET versions.
/// </summary>
public static class DrawingByLot
{
    public const string Algorithm = "sha256-fisher-yates/1";

    public static DrawingResult Draw(string seed, IEnumerable<Candidate> candidates)
    {
        var all = candidates.ToArray();
        return new DrawingResult(Shuffle(seed, Gender.Female, all), Shuffle(seed, Gender.Male, all));
    }

    /// <summary>Re-runs a recorded drawing: reproducible when this algorithm made it and finds the same order.</summary>
    public static DrawingVerification Verify(DrawingHeld held)
    {
        var recomputed = Draw(held.Seed, held.Candidates);
        return new DrawingVerification(held.Algorithm == Algorithm && recomputed.SameAs(held.Result), recomputed);
    }

    public static string Label(Gender gender) => gender switch
    {
        Gender.Female => "female",
        Gender.Male => "male",
        _ => throw new ArgumentOutOfRangeException(nameof(gender), gender, null),
    };

    private static Guid[] Shuffle(string seed, Gender gender, IEnumerable<Candidate> candidates)
    {
        var ids = candidates.Where(c => c.Gender == gender)
            .Select(c => c.CandidateId)
            .OrderBy(id => id.ToString("D"), StringComparer.Ordinal)
            .ToArray();
        var draws = new Draws(seed, Label(gender));
        for (var i = ids.Length - 1; i > 0; i--)
        {
            var j = draws.IndexBelow(i + 1);
            (ids[i], ids[j]) = (ids[j], ids[i]);
        }
        return ids;
    }

    private sealed class Draws(string seed, string label)
    {
        private ulong counter;

        public int IndexBelow(int m)
        {
            var bound = (ulong)m;
            // 2^64 mod m, computed without overflowing 64 bits.
            var remainder = (ulong.MaxValue % bound + 1) % bound;
            ulong x;
            do
                x = Next();
            while (x > ulong.MaxValue - remainder);
            return (int)(x % bound);
        }

        private ulong Next()
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"{seed}:{label}:{counter}");
            counter++;
            return BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(message)));
        }
    }
}

public sealed record DrawingVerification(bool Reproducible, DrawingResult Recomputed);
