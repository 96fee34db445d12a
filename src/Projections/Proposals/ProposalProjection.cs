using ConseilsCitoyens.Domain.Proposals;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.Proposals;

/// <summary>An opinion's or a proposal's state as the domain folds it, stamped with the stream version.</summary>
public partial class ProposalProjection : SingleStreamProjection<Proposal, Guid>
{
    public ProposalProjection() => this.FoldsStreamsOf<IProposalEvent>();

    public override Proposal? Evolve(Proposal? snapshot, Guid id, IEvent e) => e.Data is IProposalEvent
        ? Proposal.Evolve(snapshot, e.Data) with { Version = e.Version }
        : snapshot;
}
