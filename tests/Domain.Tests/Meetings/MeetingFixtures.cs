using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Meetings;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;

namespace ConseilsCitoyens.Domain.Tests.Meetings;

internal static class MeetingFixtures
{
    public static readonly Guid MeetingId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000b1");
    public static readonly Guid OtherMemberId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a2");
    public static readonly Guid LateMemberId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a3");
    public static readonly LocalDate PlannedFor = new(2018, 3, 12);
    public static readonly LocalDate HeldOn = new(2018, 3, 14);

    /// <summary>Two members from April 2017, a third who joined after the meeting (June 2018).</summary>
    public static readonly Council Council = GivenCouncil(
        Created(),
        Joined(MemberId, new LocalDate(2017, 4, 3)),
        Joined(OtherMemberId, new LocalDate(2017, 4, 3)),
        Joined(LateMemberId, new LocalDate(2018, 6, 1)));

    public static Meeting GivenMeeting(params object[] events) =>
        events.Aggregate((Meeting?)null, Meeting.Evolve) ?? throw new InvalidOperationException("no events");

    public static MeetingPlanned Planned(Actor? convenedBy = null) =>
        new(MeetingId, CouncilId, MeetingKind.Plenary, PlannedFor, convenedBy ?? Actor.Member(MemberId));

    public static MeetingHeld Held(Actor? chairedBy = null) => new(MeetingId, CouncilId, HeldOn, chairedBy ?? Actor.Member(MemberId));

    public static MeetingCancelled Cancelled(string reason = "Salle indisponible") => new(MeetingId, CouncilId, reason, Today);

    public static PlanMeeting Plan(Actor? convenedBy = null, LocalDate? plannedFor = null) =>
        new(MeetingId, MeetingKind.Plenary, plannedFor ?? PlannedFor, convenedBy ?? Actor.Member(MemberId));

    public static HoldMeeting Hold(Actor? chairedBy = null, LocalDate? heldOn = null) =>
        new(heldOn ?? HeldOn, chairedBy ?? Actor.Member(MemberId));

    public static RecordAttendance Register(params (Guid Member, Presence Presence)[] entries) =>
        new(entries.Select(e => new AttendanceEntry(e.Member, e.Presence)).ToArray());

    private static MemberJoined Joined(Guid memberId, LocalDate on) =>
        new(CouncilId, memberId, College.Residents, Gender.Female, "QP999001", null, on);
}
