using ConseilsCitoyens.Domain.Proposals;
using NodaTime;

namespace ConseilsCitoyens.Api.Proposals;

public enum ProposalStatus
{
    AwaitingAnswer,
    Answered,
    Withdrawn,
}

public sealed record ProposalAnswerResponse(ProposalOutcome Outcome, string Text, string AnsweredBy, LocalDate AnsweredOn);

public sealed record ProposalWithdrawalResponse(string Reason, LocalDate WithdrawnOn);

/// <summary>An opinion or proposal as clients read it, with how many days the partner took to answer.</summary>
public sealed record ProposalResponse(
    Guid Id,
    Guid CouncilId,
    ProposalKind Kind,
    string Subject,
    string MajorityPosition,
    bool ReachedByConsensus,
    IReadOnlyList<string> DissentingViews,
    string AddressedTo,
    LocalDate FiledOn,
    ProposalStatus Status,
    ProposalAnswerResponse? Answer,
    int? AnswerDelayDays,
    ProposalWithdrawalResponse? Withdrawal,
    long Version)
{
    public static ProposalResponse From(Proposal p) => new(
        p.Id,
        p.CouncilId,
        p.Kind,
        p.Subject,
        p.MajorityPosition,
        p.ReachedByConsensus,
        p.DissentingViews,
        p.AddressedTo,
        p.FiledOn,
        p.Answer is not null ? ProposalStatus.Answered : p.Withdrawal is not null ? ProposalStatus.Withdrawn : ProposalStatus.AwaitingAnswer,
        p.Answer is { } a ? new ProposalAnswerResponse(a.Outcome, a.Text, a.AnsweredBy, a.AnsweredOn) : null,
        p.AnswerDelayDays,
        p.Withdrawal is { } w ? new ProposalWithdrawalResponse(w.Reason, w.WithdrawnOn) : null,
        p.Version);
}
