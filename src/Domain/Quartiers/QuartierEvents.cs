namespace ConseilsCitoyens.Domain.Quartiers;

/// <summary>An event of a quartier's stream (reference data).</summary>
public interface IQuartierEvent
{
    Guid QuartierId { get; }
}

/// <summary>Reference data: a priority neighbourhood of one map generation was registered.</summary>
public sealed record QuartierRegistered(
    Guid QuartierId,
    string Code,
    string Name,
    string ArrondissementCode,
    MapGeneration Generation) : IQuartierEvent;
