namespace ConseilsCitoyens.Domain.Quartiers;

/// <summary>Reference data: a priority neighbourhood of one map generation was registered.</summary>
public sealed record QuartierRegistered(
    Guid QuartierId,
    string Code,
    string Name,
    string ArrondissementCode,
    MapGeneration Generation);
