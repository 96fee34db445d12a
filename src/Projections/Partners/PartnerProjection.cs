using ConseilsCitoyens.Domain.Partners;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.Partners;

/// <summary>The partner's state as the domain folds it, stamped with the stream version (the ETag).</summary>
public partial class PartnerProjection : SingleStreamProjection<Partner, Guid>
{
    public PartnerProjection() => this.FoldsStreamsOf<IPartnerEvent>();

    public override Partner? Evolve(Partner? snapshot, Guid id, IEvent e) => e.Data switch
    {
        IPartnerEvent => Partner.Evolve(snapshot, e.Data) with { Version = e.Version },
        _ => snapshot is null ? null : snapshot with { Version = e.Version },
    };
}
