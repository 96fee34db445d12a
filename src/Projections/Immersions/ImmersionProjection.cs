using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Immersions;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.Immersions;

/// <summary>An immersion as the domain folds it, with its non-working-day warning, stamped with the stream version.</summary>
public partial class ImmersionProjection : SingleStreamProjection<Immersion, Guid>
{
    public ImmersionProjection() => this.FoldsStreamsOf<IImmersionEvent>();

    public override Immersion? Evolve(Immersion? snapshot, Guid id, IEvent e) => e.Data switch
    {
        IImmersionEvent => Immersion.Evolve(snapshot, e.Data) with { Version = e.Version },
        NonWorkingDayWarningRecorded when snapshot is not null => Immersion.Evolve(snapshot, e.Data) with { Version = e.Version },
        _ => snapshot is null ? null : snapshot with { Version = e.Version },
    };
}
