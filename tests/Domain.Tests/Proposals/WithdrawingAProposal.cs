using ConseilsCitoyens.Domain.Proposals;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Proposals.ProposalFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Proposals;

public class WithdrawingAProposal
{
    private static readonly Proposal Proposal = GivenProposal(Filed());

    [Fact]
    public void An_unanswered_proposal_is_withdrawn_with_its_reason() =>
        ThenEvents(ProposalDecider.Withdraw(Proposal, Withdrawal(), Today),
            new ProposalWithdrawn(ProposalId, CouncilId, "Le projet a été abandonné par le bailleur.", new LocalDate(2017, 10, 20)));

    [Fact]
    public void An_answered_proposal_can_no_longer_be_withdrawn()
    {
        var answered = GivenProposal(Filed(), ProposalDecider.Answer(Proposal, Accepted(), Today)[0]);

        ThenRejected("proposal.already-answered", () => ProposalDecider.Withdraw(answered, Withdrawal(), Today));
    }

    [Fact]
    public void A_withdrawal_cannot_precede_the_filing() =>
        ThenRejected("proposal.withdrawn-before-filing", () => ProposalDecider.Withdraw(Proposal, Withdrawal(FiledOn.PlusDays(-1)), Today));

    [Fact]
    public void A_withdrawal_cannot_be_dated_in_the_future() =>
        ThenRejected("date.in-future", () => ProposalDecider.Withdraw(Proposal, Withdrawal(Today.PlusDays(1)), Today));

    [Fact]
    public void Repeating_the_same_withdrawal_appends_nothing()
    {
        var withdrawn = GivenProposal(Filed(), ProposalDecider.Withdraw(Proposal, Withdrawal(), Today)[0]);

        ThenEvents(ProposalDecider.Withdraw(withdrawn, Withdrawal(), Today));
    }

    [Fact]
    public void A_proposal_is_withdrawn_once()
    {
        var withdrawn = GivenProposal(Filed(), ProposalDecider.Withdraw(Proposal, Withdrawal(), Today)[0]);

        ThenRejected("proposal.already-withdrawn",
            () => ProposalDecider.Withdraw(withdrawn, Withdrawal(new LocalDate(2017, 10, 21)), Today));
    }
}
