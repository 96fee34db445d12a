using NodaTime;

namespace ConseilsCitoyens.Domain.Councils;

// Events carry pseudonymous ids only: names, contacts and birth years live in the erasable
// personal-details store (DOMAIN.md §6).

/// <summary>An event of a council's stream.</summary>
public interface ICouncilEvent
{
    Guid CouncilId { get; }
}

public sealed record CouncilCreated(
    Guid CouncilId,
    string Name,
    IReadOnlyList<string> QuartierCodes,
    LocalDate CreatedOn) : ICouncilEvent;

public sealed record MemberJoined(
    Guid CouncilId,
    Guid MemberId,
    College College,
    Gender Gender,
    string? ResidenceQuartierCode,
    string? Organisation,
    LocalDate JoinedOn) : ICouncilEvent;
