using ConseilsCitoyens.Domain.Proposals;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Proposals.ProposalFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Proposals;

public class FilingAProposal
{
    [Fact]
    public void A_proposal_reached_by_consensus_is_filed_without_dissent() =>
        ThenEvents([ProposalDecider.File(Council, Unanimous(), Today)],
            new ProposalFiled(ProposalId, CouncilId, ProposalKind.Proposal, "Éclairage du square",
                "Installer un éclairage public dans le square.", true, [], "Mairie du 18e", FiledOn));

    [Fact]
    public void An_opinion_without_consensus_records_the_dissenting_views_beside_the_majority() =>
        ThenEvents([ProposalDecider.File(Council, Divided(" Le calendrier est trop court. ", "Les loyers vont augmenter."), Today)],
            new ProposalFiled(ProposalId, CouncilId, ProposalKind.Opinion, "Projet de rénovation",
                "Avis favorable au projet de rénovation.", false, ["Le calendrier est trop court.", "Les loyers vont augmenter."],
                "Bailleur", FiledOn));

    [Fact]
    public void Without_consensus_the_dissenting_views_are_required() =>
        ThenRejected("proposal.dissent-required", () => ProposalDecider.File(Council, Divided(), Today));

    [Fact]
    public void Blank_dissenting_views_do_not_count_as_dissent() =>
        ThenRejected("proposal.dissent-required", () => ProposalDecider.File(Council, Divided(" ", ""), Today));

    [Fact]
    public void A_consensus_cannot_carry_dissenting_views() =>
        ThenRejected("proposal.dissent-with-consensus",
            () => ProposalDecider.File(Council, Unanimous() with { DissentingViews = ["Contre."] }, Today));

    [Fact]
    public void Nothing_is_filed_before_the_council_exists() =>
        ThenRejected("proposal.filed-before-council", () => ProposalDecider.File(Council, Unanimous(CreatedOn.PlusDays(-1)), Today));

    [Fact]
    public void Nothing_is_filed_in_the_future() =>
        ThenRejected("date.in-future", () => ProposalDecider.File(Council, Unanimous(Today.PlusDays(1)), Today));

    [Fact]
    public void A_filed_proposal_awaits_its_answer()
    {
        var proposal = GivenProposal(Filed());

        Assert.Null(proposal.Answer);
        Assert.Null(proposal.Withdrawal);
        Assert.Null(proposal.AnswerDelayDays);
    }
}
