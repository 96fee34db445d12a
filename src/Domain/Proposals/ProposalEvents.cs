using NodaTime;

namespace ConseilsCitoyens.Domain.Proposals;

/// <summary>An event of an opinion's or a proposal's stream.</summary>
public interface IProposalEvent
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
    string Subject,
    string MajorityPosition,
    bool ReachedByConsensus,
    IReadOnlyList<string> DissentingViews,
    string AddressedTo,
    LocalDate FiledOn) : IProposalEvent;

/// <param name="AnsweredBy">The partner that answered (an institution, not a person).</param>
public sealed record ProposalAnswered(
    Guid ProposalId,
    ProposalOutcome Outcome,
    string AnswerText,
    string AnsweredBy,
    LocalDate AnsweredOn) : IProposalEvent;

public sealed record ProposalWithdrawn(Guid ProposalId, string Reason, LocalDate WithdrawnOn) : IProposalEvent;
