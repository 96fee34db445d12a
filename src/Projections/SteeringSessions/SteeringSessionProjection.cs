using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.SteeringSessions;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.SteeringSessions;

/// <summary>A steering session with the rule 12 warnings recorded in its own stream, stamped with the stream version.</summary>
public partial class SteeringSessionProjection : SingleStreamProjection<SteeringSession, Guid>
{
    public SteeringSessionProjection() => this.FoldsStreamsOf<ISteeringSessionEvent>();

    // Compliance warnings are shared by every stream: only those of an existing session fold into it.
    public override SteeringSession? Evolve(SteeringSession? snapshot, Guid id, IEvent e) =>
        e.Data is ISteeringSessionEvent || (snapshot is not null && e.Data is ComplianceWarningRecorded)
            ? SteeringSession.Evolve(snapshot, e.Data) with { Version = e.Version }
            : snapshot;
}
