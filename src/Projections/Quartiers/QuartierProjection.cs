using ConseilsCitoyens.Domain.Quartiers;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.Quartiers;

/// <summary>The reference list of quartiers, one document per code's stream.</summary>
public partial class QuartierProjection : SingleStreamProjection<Quartier, Guid>
{
    public QuartierProjection() => this.FoldsStreamsOf<IQuartierEvent>();

    public override Quartier? Evolve(Quartier? snapshot, Guid id, IEvent e) =>
        e.Data is IQuartierEvent ? Quartier.Evolve(snapshot, e.Data) : snapshot;
}
