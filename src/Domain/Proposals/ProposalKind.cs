namespace ConseilsCitoyens.Domain.Proposals;

public enum ProposalKind
{
    /// <summary>Avis: the council's opinion on a matter submitted to it or that it takes up.</summary>
    Opinion,

    /// <summary>Proposition: the council proposes something to a partner.</summary>
    Proposal,
}

public enum ProposalOutcome
{
    Accepted,
    Rejected,
    PartlyAccepted,
}
