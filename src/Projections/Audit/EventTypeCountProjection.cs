using JasperFx.Events;
using Marten.Events.Projections;

namespace ConseilsCitoyens.Projections.Audit;

/// <summary>How many events of one type the log holds (the Marten event type name), and the last sequence counted.</summary>
public sealed record EventTypeCount(string Id, long Count, long LastSequence);

/// <summary>
/// Every event of every stream, counted by type: an overview of the log for auditors and the
/// dashboard, and the check that an asynchronous projection lost and doubled nothing (its counts
/// must equal a count of mt_events).
/// </summary>
public partial class EventTypeCountProjection : MultiStreamProjection<EventTypeCount, string>
{
    public EventTypeCountProjection() => Identity<IEvent>(e => e.EventTypeName);

    public override EventTypeCount? Evolve(EventTypeCount? snapshot, string id, IEvent e) =>
        snapshot is null ? new EventTypeCount(id, 1, e.Sequence) : snapshot with { Count = snapshot.Count + 1, LastSequence = e.Sequence };
}
