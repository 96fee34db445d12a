using ConseilsCitoyens.Domain.Roadmaps;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.Roadmaps;

/// <summary>A roadmap as the domain folds it, stamped with the stream version for ETags.</summary>
public partial class RoadmapProjection : SingleStreamProjection<Roadmap, Guid>
{
    public RoadmapProjection() => this.FoldsStreamsOf<IRoadmapEvent>();

    public override Roadmap? Evolve(Roadmap? snapshot, Guid id, IEvent e) => e.Data switch
    {
        IRoadmapEvent => Roadmap.Evolve(snapshot, e.Data) with { Version = e.Version },
        _ => snapshot is null ? null : snapshot with { Version = e.Version },
    };
}
