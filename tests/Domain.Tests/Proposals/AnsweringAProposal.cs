using ConseilsCitoyens.Domain.Proposals;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Proposals.ProposalFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Proposals;

public class AnsweringAProposal
{
    private static readonly Proposal Proposal = GivenProposal(Filed());

    [Fact]
    public void The_partners_answer_is_recorded() =>
        ThenEvents(ProposalDecider.Answer(Proposal, Accepted(), Today),
            new ProposalAnswered(ProposalId, CouncilId, ProposalOutcome.Accepted, "Les travaux sont programmés.", "Mairie du 18e", new LocalDate(2017, 11, 13)));

    [Fact]
    public void The_answer_delay_is_counted_in_days_from_filing()
    {
        var answered = GivenProposal(Filed(), ProposalDecider.Answer(Proposal, Accepted(), Today)[0]);

        Assert.Equal(42, answered.AnswerDelayDays);
    }

    [Fact]
    public void An_answer_on_the_filing_day_takes_no_day() =>
        Assert.Equal(0, GivenProposal(Filed(), ProposalDecider.Answer(Proposal, Accepted(FiledOn), Today)[0]).AnswerDelayDays);

    [Fact]
    public void An_answer_cannot_precede_the_filing() =>
        ThenRejected("proposal.answered-before-filing", () => ProposalDecider.Answer(Proposal, Accepted(FiledOn.PlusDays(-1)), Today));

    [Fact]
    public void An_answer_cannot_be_dated_in_the_future() =>
        ThenRejected("date.in-future", () => ProposalDecider.Answer(Proposal, Accepted(Today.PlusDays(1)), Today));

    [Fact]
    public void Repeating_the_same_answer_appends_nothing()
    {
        var answered = GivenProposal(Filed(), ProposalDecider.Answer(Proposal, Accepted(), Today)[0]);

        ThenEvents(ProposalDecider.Answer(answered, Accepted(), Today));
    }

    [Fact]
    public void A_proposal_is_answered_once()
    {
        var answered = GivenProposal(Filed(), ProposalDecider.Answer(Proposal, Accepted(), Today)[0]);

        ThenRejected("proposal.already-answered",
            () => ProposalDecider.Answer(answered, Accepted() with { Outcome = ProposalOutcome.Rejected }, Today));
    }

    [Fact]
    public void A_withdrawn_proposal_is_not_answered()
    {
        var withdrawn = GivenProposal(Filed(), ProposalDecider.Withdraw(Proposal, Withdrawal(), Today)[0]);

        ThenRejected("proposal.withdrawn", () => ProposalDecider.Answer(withdrawn, Accepted(), Today));
    }
}
