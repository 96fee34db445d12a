using ConseilsCitoyens.Domain.Meetings;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.Meetings;

/// <summary>The meeting's state as the domain folds it, stamped with the stream version (the ETag).</summary>
public partial class MeetingProjection : SingleStreamProjection<Meeting, Guid>
{
    public MeetingProjection() => this.FoldsStreamsOf<IMeetingEvent>();

    public override Meeting? Evolve(Meeting? snapshot, Guid id, IEvent e) => e.Data is IMeetingEvent
        ? Meeting.Evolve(snapshot, e.Data) with { Version = e.Version }
        : snapshot;
}
