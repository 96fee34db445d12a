using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Partners;

/// <summary>An event of a partner's stream.</summary>
public interface IPartnerEvent : IProgrammeAdministration
{
    Guid PartnerId { get; }
}

/// <param name="ArrondissementCode">INSEE code 75101–75120; null for a city-wide partner.</param>
/// <param name="ContactRole">The role to ask for ("chargée de mission politique de la ville"), never a person.</param>
/// <param name="Since">When the partnership began.</param>
public sealed record PartnerRegistered(
    Guid PartnerId,
    string Name,
    PartnerKind Kind,
    string? ArrondissementCode,
    string? ContactRole,
    LocalDate Since) : IPartnerEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => Since;
}

public sealed record PartnerUpdated(
    Guid PartnerId,
    string Name,
    PartnerKind Kind,
    string? ArrondissementCode,
    string? ContactRole,
    LocalDate UpdatedOn) : IPartnerEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => UpdatedOn;
}

/// <summary>The organisation is no longer a partner of the programme.</summary>
public sealed record PartnerClosed(Guid PartnerId, [property: FreeText] string? Reason, LocalDate ClosedOn) : IPartnerEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => ClosedOn;
}
