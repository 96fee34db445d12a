using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Quartiers;
using NodaTime;

namespace ConseilsCitoyens.Domain.Councils;

// Events carry pseudonymous ids only: names, contacts and birth years live in the erasable
// personal-details store (DOMAIN.md §6).

/// <summary>An event of a council's stream.</summary>
public interface ICouncilEvent : IOneCouncilScoped;

public sealed record CouncilCreated(
    Guid CouncilId,
    string Name,
    IReadOnlyList<string> QuartierCodes,
    LocalDate CreatedOn) : ICouncilEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => CreatedOn;
}

/// <param name="DrawingId">For drawn members and substitutes: the drawing their seat comes from.</param>
/// <param name="Replaces">A substitute's predecessor, who left.</param>
/// <param name="InstitutionLink">Rule 8: a local actor's association is linked to an institution of the city contract's bodies.</param>
/// <param name="AgeGroup">The age group on joining, from a birth year the log never holds; null when unknown.</param>
public sealed record MemberJoined(
    Guid CouncilId,
    Guid MemberId,
    College College,
    Gender Gender,
    string? ResidenceQuartierCode,
    string? Organisation,
    LocalDate JoinedOn,
    MemberOrigin Origin = MemberOrigin.Volunteer,
    Guid? DrawingId = null,
    Guid? Replaces = null,
    bool InstitutionLink = false,
    AgeGroup? AgeGroup = null) : ICouncilEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => JoinedOn;
}

public sealed record MemberLeft(Guid CouncilId, Guid MemberId, DepartureReason Reason, LocalDate LeftOn) : ICouncilEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => LeftOn;
}

public sealed record HostingArranged(Guid CouncilId, HostingKind Kind, string HostName, LocalDate On) : ICouncilEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => On;
}

/// <param name="DocumentHash">Hex SHA-256 of the adopted text: the text itself lives with the council.</param>
public sealed record InternalRulesAdopted(
    Guid CouncilId, int RulesVersion, string Title, string DocumentHash, LocalDate AdoptedOn) : ICouncilEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => AdoptedOn;
}

/// <param name="SupportingStructure">The structure porteuse the préfet may name.</param>
public sealed record PrefectoralOrderRecorded(
    Guid CouncilId,
    string Reference,
    LocalDate SignedOn,
    IReadOnlyList<Guid> RecognisedMemberIds,
    string? SupportingStructure) : ICouncilEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => SignedOn;
}

public sealed record CouncilStatusChanged(Guid CouncilId, CouncilStatus Status, [property: FreeText] string Reason, LocalDate On) : ICouncilEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => On;
}

/// <summary>Rule 11: the city contract sets the mandate's length and the replacement threshold.</summary>
public sealed record CityContractParametersSet(
    Guid CouncilId, int MandateMonths, int MaxUnjustifiedAbsences, LocalDate On) : ICouncilEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => On;
}

/// <summary>
/// The council's quartiers from a date on another map generation (the 2024 map change): the codes
/// before stay its codes for the dates before, so the council is its own 2015→2024 correspondence.
/// </summary>
public sealed record CouncilQuartiersRemapped(
    Guid CouncilId, IReadOnlyList<string> QuartierCodes, MapGeneration Generation, LocalDate On) : ICouncilEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => On;
}
