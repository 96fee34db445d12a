using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Meetings;
using NodaTime;

namespace ConseilsCitoyens.Api.Meetings;

/// <param name="Absent">Named absent in the register, plus the members sitting on the meeting's date whom it does not name.</param>
/// <param name="RegisterSize">The members expected: present, excused and absent.</param>
/// <param name="Rate">Present / members expected, null until a register is recorded.</param>
public sealed record AttendanceResponse(int Present, int Excused, int Absent, int RegisterSize, decimal? Rate);

/// <summary>A meeting as clients read it: members appear by their pseudonymous ids only.</summary>
public sealed record MeetingResponse(
    Guid Id,
    Guid CouncilId,
    MeetingKind Kind,
    MeetingStatus Status,
    LocalDate PlannedFor,
    Actor ConvenedBy,
    IReadOnlyList<AgendaItem> Agenda,
    LocalDate? HeldOn,
    Actor? ChairedBy,
    string? CancellationReason,
    LocalDate? CancelledOn,
    AttendanceResponse Attendance,
    IReadOnlyList<AttendanceEntry> Register,
    long Version)
{
    /// <param name="council">The meeting's council: its members sitting that day are expected.</param>
    public static MeetingResponse From(Meeting m, Council council)
    {
        var tally = m.AttendanceIn(council);
        return new(
            m.Id,
            m.CouncilId,
            m.Kind,
            m.Status,
            m.PlannedFor,
            m.ConvenedBy,
            m.Agenda,
            m.HeldOn,
            m.ChairedBy,
            m.CancellationReason,
            m.CancelledOn,
            new AttendanceResponse(tally.Present, tally.Excused, tally.Absent, tally.RegisterSize, tally.Rate),
            m.Register,
            m.Version);
    }
}

public sealed record CouncilMeetingsResponse(Guid CouncilId, IReadOnlyList<MeetingResponse> Meetings);
