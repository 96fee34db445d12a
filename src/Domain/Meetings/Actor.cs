namespace ConseilsCitoyens.Domain.Meetings;

public enum MeetingKind
{
    Plenary,
    Bureau,
    WorkingGroup,
    PublicMeeting,
}

/// <summary>Who convened, chaired or proposed: the autonomy indicators (rule 16) compare members with the facilitator.</summary>
public enum ActorKind
{
    Member,
    Facilitator,

    /// <summary>A partner of the city contract: may propose an agenda item, never convenes nor chairs.</summary>
    Partner,
}

/// <param name="MemberId">The member's pseudonymous id, only when <see cref="Kind"/> is <see cref="ActorKind.Member"/>.</param>
public sealed record Actor(ActorKind Kind, Guid? MemberId = null)
{
    public static Actor Member(Guid memberId) => new(ActorKind.Member, memberId);

    public static readonly Actor Facilitator = new(ActorKind.Facilitator);

    public static readonly Actor Partner = new(ActorKind.Partner);
}

public enum Presence
{
    Present,
    Excused,
    Absent,
}

public sealed record AttendanceEntry(Guid MemberId, Presence Presence);
