using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Calendar;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.Activity;

/// <summary>A facilitator's activity log as the domain folds it, with its non-working-day warnings, stamped with the stream version.</summary>
public partial class ActivityLogProjection : SingleStreamProjection<ActivityLog, Guid>
{
    public ActivityLogProjection() => this.FoldsStreamsOf<IActivityEvent>();

    public override ActivityLog? Evolve(ActivityLog? snapshot, Guid id, IEvent e) => e.Data switch
    {
        IActivityEvent => ActivityLog.Evolve(snapshot, e.Data) with { Version = e.Version },
        NonWorkingDayWarningRecorded when snapshot is not null => ActivityLog.Evolve(snapshot, e.Data) with { Version = e.Version },
        _ => snapshot is null ? null : snapshot with { Version = e.Version },
    };
}
