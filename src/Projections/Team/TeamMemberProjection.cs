using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Team;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections.Team;

/// <summary>A team member's state as the domain folds it, stamped with the stream version for ETags.</summary>
public partial class TeamMemberProjection : SingleStreamProjection<TeamMember, Guid>
{
    public TeamMemberProjection() => this.FoldsStreamsOf<ITeamEvent>();

    // Non-working-day warnings fold into a team member only within their own stream; any other
    // event of the stream still moves the version, which is the ETag.
    public override TeamMember? Evolve(TeamMember? snapshot, Guid id, IEvent e) => e.Data switch
    {
        ITeamEvent => TeamMember.Evolve(snapshot, e.Data) with { Version = e.Version },
        NonWorkingDayWarningRecorded when snapshot is not null => TeamMember.Evolve(snapshot, e.Data) with { Version = e.Version },
        _ => snapshot is null ? null : snapshot with { Version = e.Version },
    };
}
