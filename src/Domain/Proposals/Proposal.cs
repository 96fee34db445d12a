using System.Collections.Immutable;
using NodaTime;

namespace ConseilsCitoyens.Domain.Proposals;

public sealed record ProposalAnswer(ProposalOutcome Outcome, string Text, string AnsweredBy, LocalDate AnsweredOn)
{
    public static ProposalAnswer From(ProposalAnswered e) => new(e.Outcome, e.AnswerText, e.AnsweredBy, e.AnsweredOn);
}

public sealed record ProposalWithdrawal(string Reason, LocalDate WithdrawnOn);

/// <summary>An opinion or a proposal of a council, folded from its stream.</summary>
public sealed record Proposal(
    Guid Id,
    Guid CouncilId,
    ProposalKind Kind,
    string Subject,
    string MajorityPosition,
    bool ReachedByConsensus,
    ImmutableArray<string> DissentingViews,
    string AddressedTo,
    LocalDate FiledOn,
    ProposalAnswer? Answer = null,
    ProposalWithdrawal? Withdrawal = null,
    long Version = 0)
{
    /// <summary>How long the partner took to answer, in calendar days; null while unanswered.</summary>
    public int? AnswerDelayDays => Answer is null ? null : Period.Between(FiledOn, Answer.AnsweredOn, PeriodUnits.Days).Days;

    public static Proposal Evolve(Proposal? state, object @event) => (state, @event) switch
    {
        (null, ProposalFiled e) => new Proposal(e.ProposalId, e.CouncilId, e.Kind, e.Subject, e.MajorityPosition,
            e.ReachedByConsensus, [.. e.DissentingViews], e.AddressedTo, e.FiledOn),
        (not null, ProposalAnswered e) => state with { Answer = ProposalAnswer.From(e) },
        (not null, ProposalWithdrawn e) => state with { Withdrawal = new ProposalWithdrawal(e.Reason, e.WithdrawnOn) },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing proposal" : "proposal " + state.Id)}"),
    };
}
