using ConseilsCitoyens.Domain.Diagnostics;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.Diagnostics;

/// <summary>A quartier's territory diagnostic with all its versions, stamped with the stream version (the ETag).</summary>
public partial class TerritoryDiagnosticProjection : SingleStreamProjection<TerritoryDiagnostic, Guid>
{
    public TerritoryDiagnosticProjection() => this.FoldsStreamsOf<IDiagnosticEvent>();

    public override TerritoryDiagnostic? Evolve(TerritoryDiagnostic? snapshot, Guid id, IEvent e) => e.Data switch
    {
        IDiagnosticEvent => TerritoryDiagnostic.Evolve(snapshot, e.Data) with { Version = e.Version },
        _ => snapshot is null ? null : snapshot with { Version = e.Version },
    };
}
