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
    public static string CodePrefix(this MapGeneration generation) => generation switch
    {
        MapGeneration.Qpv2015 => "QP",
        MapGeneration.Qpv2024 => "QN",
        _ => throw new ArgumentOutOfRangeException(nameof(generation)),
    };
}
