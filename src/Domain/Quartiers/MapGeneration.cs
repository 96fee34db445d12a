namespace ConseilsCitoyens.Domain.Quartiers;

/// <summary>
/// The two generations of the priority-neighbourhood map (DOMAIN.md §4): codes QP… for 2015–2023,
/// QN… from 1 January 2024 (décret n° 2023-1314).
/// </summary>
public enum MapGeneration
{
    Qpv2015,
    Qpv2024,
}

public static class MapGenerations
{
    /// <summary>Reads a generation by its name (qpv2015, qpv2024, any case); numbers are not names.</summary>
    public static bool TryParse(string? value, out MapGeneration generation)
    {
        foreach (var candidate in Enum.GetValues<MapGeneration>())
            if (string.Equals(value?.Trim(), candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                generation = candidate;
                return true;
            }
        generation = default;
        return false;
    }

    /// <summary>The generation a well-formed code belongs to, read from its prefix (QP… or QN…).</summary>
    public static MapGeneration Of(string code) =>
        code.StartsWith("QN", StringComparison.OrdinalIgnoreCase) ? MapGeneration.Qpv2024 : MapGeneration.Qpv2015;

    public static string CodePrefix(this MapGeneration generation) => generation switch
    {
        MapGeneration.Qpv2015 => "QP",
        MapGeneration.Qpv2024 => "QN",
        _ => throw new ArgumentOutOfRangeException(nameof(generation)),
    };
}
