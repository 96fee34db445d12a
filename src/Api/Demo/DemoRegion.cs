namespace ConseilsCitoyens.Api.Demo;

/// <summary>
/// One region of the national set: up to eight councils shaped like the Paris ones, with their own
/// convention, team and partners. Its ids and quartier codes follow from its index alone (not the
/// seed), so a region already loaded is recognised and skipped.
/// </summary>
public sealed record DemoRegion(int Index, int Councils)
{
    public const int MaxCouncils = 8;

    /// <summary>Quartier slots per region (the Paris set has 19 quartiers).</summary>
    private const int QuartierSlots = 20;

    /// <summary>Keeps the national codes (QP000000…) below the Paris demo's QP999….</summary>
    public const int MaxRegions = 999_000 / QuartierSlots;

    public Guid ConventionId => new($"0190c1a0-de31-7000-8000-{Index:x12}");

    public string QuartierCode(int slot) => $"QP{Index * QuartierSlots + slot:D6}";

    /// <summary>This region's random seed: a fixed function of the set's seed and the index, so that
    /// the same seed gives the same events in any process (HashCode.Combine is salted per process).</summary>
    public int SeedFor(int seed) => unchecked(seed * 1_000_003 + Index);

    /// <summary>The regions holding that many councils, eight to a region, the last one partial.</summary>
    public static IReadOnlyList<DemoRegion> For(int councils) =>
        Enumerable.Range(0, (councils + MaxCouncils - 1) / MaxCouncils)
            .Select(i => new DemoRegion(i, Math.Min(MaxCouncils, councils - i * MaxCouncils)))
            .ToArray();
}
