using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Proposals;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;

namespace ConseilsCitoyens.Domain.Tests.Proposals;

internal static class ProposalFixtures
{
    public static readonly Guid ProposalId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000b1");
    public static readonly LocalDate FiledOn = new(2017, 10, 2);
    public static readonly Council Council = GivenCouncil(Created());

    public static Proposal GivenProposal(params object[] events) =>
        events.Aggregate((Proposal?)null, Proposal.Evolve) ?? throw new InvalidOperationException("no events");

    public static FileProposal Unanimous(LocalDate? on = null) =>
        new(ProposalId, ProposalKind.Proposal, "Éclairage du square", "Installer un éclairage public dans le square.",
            true, [], "Mairie du 18e", on ?? FiledOn);

    public static FileProposal Divided(params string[] dissent) =>
        new(ProposalId, ProposalKind.Opinion, "Projet de rénovation", "Avis favorable au projet de rénovation.",
            false, dissent, "Bailleur", FiledOn);

    public static ProposalFiled Filed() => ProposalDecider.File(Council, Unanimous(), Today);

    public static AnswerProposal Accepted(LocalDate? on = null) =>
        new(ProposalOutcome.Accepted, "Les travaux sont programmés.", "Mairie du 18e", on ?? new LocalDate(2017, 11, 13));

    public static WithdrawProposal Withdrawal(LocalDate? on = null) =>
        new("Le projet a été abandonné par le bailleur.", on ?? new LocalDate(2017, 10, 20));
}
