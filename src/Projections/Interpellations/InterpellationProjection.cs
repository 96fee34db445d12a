using ConseilsCitoyens.Domain.Interpellations;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.Interpellations;

/// <summary>An interpellation's state and dated stages as the domain folds them, stamped with the stream version.</summary>
public partial class InterpellationProjection : SingleStreamProjection<Interpellation, Guid>
{
    public InterpellationProjection() => this.FoldsStreamsOf<IInterpellationEvent>();

    public override Interpellation? Evolve(Interpellation? snapshot, Guid id, IEvent e) => e.Data is IInterpellationEvent
        ? Interpellation.Evolve(snapshot, e.Data) with { Version = e.Version }
        : snapshot;
}
