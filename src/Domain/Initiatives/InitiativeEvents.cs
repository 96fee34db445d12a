using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Initiatives;

/// <summary>An event of an initiative's stream. The council id travels with each so that funds can be counted per council.</summary>
public interface IInitiativeEvent : IOneCouncilScoped
{
    Guid InitiativeId { get; }
}

public sealed record InitiativeLaunched(
    Guid InitiativeId,
    Guid CouncilId,
    [property: FreeText] string Title,
    [property: FreeText] string Description,
    LocalDate LaunchedOn) : IInitiativeEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => LaunchedOn;
}

/// <param name="By">The partner giving the support (an organisation, never a private person).</param>
/// <param name="AmountCents">Funds obtained, in euro cents: financial support only.</param>
/// <param name="Fund">The fund the money came from: financial support only.</param>
public sealed record InitiativeSupported(
    Guid InitiativeId,
    Guid CouncilId,
    Guid SupportId,
    SupportKind Kind,
    [property: FreeText] string By,
    long? AmountCents,
    string? Fund,
    LocalDate SupportedOn) : IInitiativeEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => SupportedOn;
}

public sealed record InitiativeCompleted(Guid InitiativeId, Guid CouncilId, [property: FreeText] string Outcome, LocalDate CompletedOn) : IInitiativeEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => CompletedOn;
}

public sealed record InitiativeDropped(Guid InitiativeId, Guid CouncilId, [property: FreeText] string Reason, LocalDate DroppedOn) : IInitiativeEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => DroppedOn;
}
