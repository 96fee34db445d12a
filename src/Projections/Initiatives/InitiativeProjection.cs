using ConseilsCitoyens.Domain.Initiatives;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.Initiatives;

/// <summary>An initiative as the domain folds it, stamped with the stream version for ETags.</summary>
public partial class InitiativeProjection : SingleStreamProjection<Initiative, Guid>
{
    public InitiativeProjection() => this.FoldsStreamsOf<IInitiativeEvent>();

    public override Initiative? Evolve(Initiative? snapshot, Guid id, IEvent e) => e.Data is IInitiativeEvent
        ? Initiative.Evolve(snapshot, e.Data) with { Version = e.Version }
        : snapshot;
}
