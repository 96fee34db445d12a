using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Domain.Proposals;

public sealed record FileProposal(
    Guid ProposalId,
    ProposalKind Kind,
    string Subject,
    string MajorityPosition,
    bool ReachedByConsensus,
    IReadOnlyList<string> DissentingViews,
    string AddressedTo,
    LocalDate FiledOn);

public sealed record AnswerProposal(ProposalOutcome Outcome, string AnswerText, string AnsweredBy, LocalDate AnsweredOn);

public sealed record WithdrawProposal(string Reason, LocalDate WithdrawnOn);

/// <summary>Opinions and proposals of a council (DOMAIN.md §3 rule 14, §5 "Outputs").</summary>
public static class ProposalDecider
{
    public static ProposalFiled File(Council council, FileProposal command, LocalDate today)
    {
        var dissent = command.DissentingViews.Select(v => v.Trim()).Where(v => v.Length > 0).ToArray();

        // Rule 14: without consensus the dissenting views are part of the record; with it there are none.
        if (!command.ReachedByConsensus && dissent.Length == 0)
            throw new RuleViolation("proposal.dissent-required",
                "Without a consensus, the opinion or proposal records the dissenting views beside the majority position.");
        if (command.ReachedByConsensus && dissent.Length > 0)
            throw new RuleViolation("proposal.dissent-with-consensus",
                "A position reached by consensus has no dissenting views: record them and state that there was no consensus.");

        if (command.FiledOn < council.CreatedOn)
            throw new RuleViolation("proposal.filed-before-council",
                $"The council was created on {council.CreatedOn:yyyy-MM-dd}; it filed nothing before.");
        ProgrammeCalendar.NotInFuture(command.FiledOn, today, "The filing date");

        return new ProposalFiled(command.ProposalId, council.Id, command.Kind, command.Subject.Trim(),
            command.MajorityPosition.Trim(), command.ReachedByConsensus, dissent, command.AddressedTo.Trim(), command.FiledOn);
    }

    /// <returns>No event when the same answer was already recorded (a retry).</returns>
    public static IReadOnlyList<object> Answer(Proposal proposal, AnswerProposal command, LocalDate today)
    {
        var answered = new ProposalAnswered(proposal.Id, proposal.CouncilId, command.Outcome, command.AnswerText.Trim(), command.AnsweredBy.Trim(), command.AnsweredOn);

        if (proposal.Answer is { } existing)
        {
            if (existing == ProposalAnswer.From(answered))
                return [];
            throw new RuleViolation("proposal.already-answered",
                $"This {Describe(proposal.Kind)} was answered on {existing.AnsweredOn:yyyy-MM-dd}; an answer is recorded once.");
        }
        if (proposal.Withdrawal is { } withdrawal)
            throw new RuleViolation("proposal.withdrawn",
                $"This {Describe(proposal.Kind)} was withdrawn on {withdrawal.WithdrawnOn:yyyy-MM-dd}: there is nothing left to answer.");

        NotBeforeFiling(proposal, command.AnsweredOn, "proposal.answered-before-filing", "answered");
        ProgrammeCalendar.NotInFuture(command.AnsweredOn, today, "The answer date");

        return [answered];
    }

    /// <returns>No event when the same withdrawal was already recorded (a retry).</returns>
    public static IReadOnlyList<object> Withdraw(Proposal proposal, WithdrawProposal command, LocalDate today)
    {
        var withdrawal = new ProposalWithdrawal(command.Reason.Trim(), command.WithdrawnOn);

        if (proposal.Withdrawal is { } existing)
        {
            if (existing == withdrawal)
                return [];
            throw new RuleViolation("proposal.already-withdrawn",
                $"This {Describe(proposal.Kind)} was already withdrawn on {existing.WithdrawnOn:yyyy-MM-dd}.");
        }
        if (proposal.Answer is { } answer)
            throw new RuleViolation("proposal.already-answered",
                $"This {Describe(proposal.Kind)} was answered on {answer.AnsweredOn:yyyy-MM-dd}: it can no longer be withdrawn.");

        NotBeforeFiling(proposal, command.WithdrawnOn, "proposal.withdrawn-before-filing", "withdrawn");
        ProgrammeCalendar.NotInFuture(command.WithdrawnOn, today, "The withdrawal date");

        return [new ProposalWithdrawn(proposal.Id, proposal.CouncilId, withdrawal.Reason, withdrawal.WithdrawnOn)];
    }

    private static void NotBeforeFiling(Proposal proposal, LocalDate date, string code, string what)
    {
        if (date < proposal.FiledOn)
            throw new RuleViolation(code,
                $"This {Describe(proposal.Kind)} was filed on {proposal.FiledOn:yyyy-MM-dd}; it cannot be {what} on {date:yyyy-MM-dd}.");
    }

    private static string Describe(ProposalKind kind) => kind == ProposalKind.Opinion ? "opinion" : "proposal";
}
