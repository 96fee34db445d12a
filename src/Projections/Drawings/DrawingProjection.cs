using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Drawings;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.Drawings;

/// <summary>A drawing's state as the domain folds it, stamped with the stream version for ETags.</summary>
public partial class DrawingProjection : SingleStreamProjection<Drawing, Guid>
{
    public DrawingProjection() => this.FoldsStreamsOf<IDrawingEvent>();

    // A compliance warning belongs to whichever stream it was appended to: it folds into a drawing
    // only within a drawing's stream, so that the state's version stays the stream's version.
    public override Drawing? Evolve(Drawing? snapshot, Guid id, IEvent e) => e.Data switch
    {
        IDrawingEvent => Drawing.Evolve(snapshot, e.Data) with { Version = e.Version },
        ComplianceWarningRecorded when snapshot is not null => Drawing.Evolve(snapshot, e.Data) with { Version = e.Version },
        _ => snapshot,
    };
}
