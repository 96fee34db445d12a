using ConseilsCitoyens.Domain.Meetings;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Meetings.MeetingFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Meetings;

public class RecordingAttendance
{
    private static readonly Meeting HeldMeeting = GivenMeeting(Planned(), Held());

    [Fact]
    public void The_register_of_a_held_meeting_is_recorded_on_its_date()
    {
        var events = MeetingDecider.RecordAttendance(HeldMeeting, Council, Register((MemberId, Presence.Present), (OtherMemberId, Presence.Excused)));

        var recorded = Assert.IsType<AttendanceRecorded>(Assert.Single(events));
        Assert.Equal(HeldOn, recorded.HeldOn);
        Assert.Equal(2, recorded.Register.Count);
    }

    [Fact]
    public void The_meeting_counts_present_excused_and_absent_and_its_rate()
    {
        var events = MeetingDecider.RecordAttendance(HeldMeeting, Council, Register((MemberId, Presence.Present), (OtherMemberId, Presence.Absent)));

        var meeting = GivenMeeting([Planned(), Held(), .. events]);

        Assert.Equal(new AttendanceTally(1, 0, 1), meeting.AttendanceIn(Council));
        Assert.Equal(0.5m, meeting.AttendanceIn(Council).Rate);
    }

    [Fact]
    public void A_member_sitting_on_the_meetings_date_and_not_named_in_the_register_counts_as_absent()
    {
        // The register names one of the two members sitting on 14 March; the third joined in June.
        var meeting = GivenMeeting([Planned(), Held(), .. MeetingDecider.RecordAttendance(HeldMeeting, Council, Register((MemberId, Presence.Present)))]);

        Assert.Equal(new AttendanceTally(1, 0, 1), meeting.AttendanceIn(Council));
        Assert.Equal(0.5m, meeting.AttendanceIn(Council).Rate);
    }

    [Fact]
    public void Without_a_register_a_meeting_has_no_attendance_yet() =>
        Assert.Null(HeldMeeting.AttendanceIn(Council).Rate);

    [Fact]
    public void Recording_the_same_register_again_in_another_order_appends_nothing()
    {
        var first = MeetingDecider.RecordAttendance(HeldMeeting, Council, Register((MemberId, Presence.Present), (OtherMemberId, Presence.Absent)));
        var meeting = GivenMeeting([Planned(), Held(), .. first]);

        ThenEvents(MeetingDecider.RecordAttendance(meeting, Council, Register((OtherMemberId, Presence.Absent), (MemberId, Presence.Present))));
    }

    [Fact]
    public void A_corrected_register_replaces_the_previous_one()
    {
        var first = MeetingDecider.RecordAttendance(HeldMeeting, Council, Register((MemberId, Presence.Present), (OtherMemberId, Presence.Absent)));
        var corrected = MeetingDecider.RecordAttendance(GivenMeeting([Planned(), Held(), .. first]), Council,
            Register((MemberId, Presence.Present), (OtherMemberId, Presence.Excused)));

        var meeting = GivenMeeting([Planned(), Held(), .. first, .. corrected]);

        Assert.Equal(new AttendanceTally(1, 1, 0), meeting.AttendanceIn(Council));
    }

    [Fact]
    public void Attendance_comes_after_the_meeting_was_held() =>
        ThenRejected("meeting.not-held", () => MeetingDecider.RecordAttendance(GivenMeeting(Planned()), Council, Register((MemberId, Presence.Present))));

    [Fact]
    public void A_cancelled_meeting_has_no_attendance() =>
        ThenRejected("meeting.cancelled",
            () => MeetingDecider.RecordAttendance(GivenMeeting(Planned(), Cancelled()), Council, Register((MemberId, Presence.Present))));

    [Fact]
    public void Only_members_on_the_day_it_was_held_appear()
    {
        ThenRejected("attendance.not-a-member",
            () => MeetingDecider.RecordAttendance(HeldMeeting, Council, Register((MemberId, Presence.Present), (LateMemberId, Presence.Present))));
        ThenRejected("attendance.not-a-member",
            () => MeetingDecider.RecordAttendance(HeldMeeting, Council, Register((Guid.NewGuid(), Presence.Absent))));
    }

    [Fact]
    public void Each_member_appears_once() =>
        ThenRejected("attendance.duplicate-member",
            () => MeetingDecider.RecordAttendance(HeldMeeting, Council, Register((MemberId, Presence.Present), (MemberId, Presence.Absent))));

    [Fact]
    public void An_empty_register_is_rejected() =>
        ThenRejected("attendance.empty", () => MeetingDecider.RecordAttendance(HeldMeeting, Council, Register()));
}
