using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Immersions;

/// <summary>An event of an immersion's stream. Facilitator and partner ids travel along for the programme's indicators.</summary>
public interface IImmersionEvent
{
    Guid ImmersionId { get; }
}

/// <summary>A facilitator spent time with a partner to get to know them (interconnaissance).</summary>
public sealed record ImmersionRecorded(
    Guid ImmersionId,
    Guid FacilitatorId,
    Guid PartnerId,
    LocalDate On,
    decimal DurationHours,
    [property: FreeText] string Outcome,
    [property: FreeText] string? FollowUp) : IImmersionEvent, IBusinessDated, IFacilitatorOwned
{
    LocalDate IBusinessDated.BusinessDate => On;
}
