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
    public CouncilProjection() => this.FoldsStreamsOf<ICouncilEvent>();

    // A council's stream also holds consequences (compliance warnings, see StreamEvents): only the
    // council's own events fold into it; the others still move its version, which is the ETag.
    public override Council? Evolve(Council? snapshot, Guid id, IEvent e) => e.Data switch
    {
        ICouncilEvent => Council.Evolve(snapshot, e.Data) with { Version = e.Version },
        _ => snapshot is null ? null : snapshot with { Version = e.Version },
    };
}
