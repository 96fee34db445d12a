using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Proposals;

/// <summary>An event of an opinion's or a proposal's stream.</summary>
public interface IProposalEvent : IOneCouncilScoped
{
    Guid ProposalId { get; }
}

/// <summary>
/// Rule 14: the majority position, and the dissenting views whenever the council did not reach a
/// consensus. Dissent is recorded as texts, never attributed to a person.
/// </summary>
public sealed record ProposalFiled(
    Guid ProposalId,
    Guid CouncilId,
    ProposalKind Kind,
    [property: FreeText] string Subject,
    [property: FreeText] string MajorityPosition,
    bool ReachedByConsensus,
    [property: FreeText] IReadOnlyList<string> DissentingViews,
    string AddressedTo,
    LocalDate FiledOn) : IProposalEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => FiledOn;
}

/// <param name="AnsweredBy">The partner that answered (an institution, not a person).</param>
public sealed record ProposalAnswered(
    Guid ProposalId,
    Guid CouncilId,
    ProposalOutcome Outcome,
    [property: FreeText] string AnswerText,
    [property: FreeText] string AnsweredBy,
    LocalDate AnsweredOn) : IProposalEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => AnsweredOn;
}

public sealed record ProposalWithdrawn(Guid ProposalId, Guid CouncilId, [property: FreeText] string Reason, LocalDate WithdrawnOn) : IProposalEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => WithdrawnOn;
}
