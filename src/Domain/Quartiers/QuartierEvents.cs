using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Quartiers;

/// <summary>An event of a quartier's stream (reference data).</summary>
public interface IQuartierEvent : IProgrammeAdministration
{
    Guid QuartierId { get; }
}

/// <summary>Reference data: a priority neighbourhood of one map generation was registered.</summary>
public sealed record QuartierRegistered(
    Guid QuartierId,
    string Code,
    string Name,
    string ArrondissementCode,
    MapGeneration Generation,
    LocalDate? ValidFrom = null,
    LocalDate? ValidUntil = null) : IQuartierEvent;

/// <summary>The official list gives the quartier another name.</summary>
public sealed record QuartierRenamed(Guid QuartierId, string Code, string Name, LocalDate On) : IQuartierEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => On;
}

/// <summary>The quartier leaves the priority map, with the end of its generation (a map change).</summary>
public sealed record QuartierEnded(Guid QuartierId, string Code, LocalDate EndedOn, [property: FreeText] string Reason) : IQuartierEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => EndedOn;
}
