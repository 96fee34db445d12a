using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Conventions;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.Conventions;

/// <summary>The convention with its targets and their history, stamped with the stream version for ETags.</summary>
public partial class ConventionProjection : SingleStreamProjection<Convention, Guid>
{
    public ConventionProjection() => this.FoldsStreamsOf<IConventionEvent>();

    // Non-working-day warnings are shared by every stream: they fold into a convention only within its own stream.
    // Any other event of the stream still moves the version, which is the ETag.
    public override Convention? Evolve(Convention? snapshot, Guid id, IEvent e) => e.Data switch
    {
        IConventionEvent => Convention.Evolve(snapshot, e.Data) with { Version = e.Version },
        NonWorkingDayWarningRecorded when snapshot is not null => Convention.Evolve(snapshot, e.Data) with { Version = e.Version },
        _ => snapshot is null ? null : snapshot with { Version = e.Version },
    };
}
