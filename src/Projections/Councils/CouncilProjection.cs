using ConseilsCitoyens.Domain.Councils;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.Councils;

/// <summary>
/// The council's state as the domain folds it, stamped with the stream version so that reads
/// can hand it to clients as an ETag.
/// </summary>
public partial class CouncilProjection : SingleStreamProjection<Council, Guid>
{
    // Marten offers every stream's events to the projection: only a council's own ones fold into it.
    public override Council? Evolve(Council? snapshot, Guid id, IEvent e) => e.Data is ICouncilEvent
        ? Council.Evolve(snapshot, e.Data) with { Version = e.Version }
        : snapshot;
}
