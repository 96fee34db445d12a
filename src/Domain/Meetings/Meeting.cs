using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Domain.Meetings;

public enum MeetingStatus
{
    Planned,
    Held,
    Cancelled,
}

public sealed record AgendaItem(int Number, string Title, Actor ProposedBy, LocalDate AddedOn);

/// <summary>Attendance of one held meeting (DOMAIN.md §5, functioning): rate = present / members expected.</summary>
public sealed record AttendanceTally(int Present, int Excused, int Absent)
{
    /// <summary>The members expected: those the register names and those sitting whom it does not (absent).</summary>
    public int RegisterSize => Present + Excused + Absent;

    /// <summary>Null while no register is recorded; four decimals.</summary>
    public decimal? Rate => RegisterSize == 0 ? null : Math.Round((decimal)Present / RegisterSize, 4);
}

/// <summary>The state of one meeting, folded from its stream. <see cref="Version"/> is the stream version.</summary>
public sealed record Meeting(
    Guid Id,
    Guid CouncilId,
    MeetingKind Kind,
    LocalDate PlannedFor,
    Actor ConvenedBy,
    MeetingStatus Status,
    ImmutableArray<AgendaItem> Agenda,
    LocalDate? HeldOn,
    Actor? ChairedBy,
    string? CancellationReason,
    LocalDate? CancelledOn,
    ImmutableArray<AttendanceEntry> Register,
    long Version = 0)
{
    /// <summary>The date a list of meetings is ordered by: when it took place, else when it was planned for.</summary>
    public LocalDate Date => HeldOn ?? PlannedFor;

    /// <summary>
    /// The register read against the council's members: one sitting on the meeting's date and not
    /// named counts as absent, so a register naming only those who came does not make 100 %.
    /// Nothing is counted until a register is recorded.
    /// </summary>
    public AttendanceTally AttendanceIn(Council council) =>
        HeldOn is { } heldOn && Indicators.RegisterTally.Of(Register) is { } register
            ? register.AttendanceIn(council, heldOn)
            : new AttendanceTally(0, 0, 0);

    public static Meeting Evolve(Meeting? state, object @event) => (state, @event) switch
    {
        (null, MeetingPlanned e) => new Meeting(
            e.MeetingId, e.CouncilId, e.Kind, e.PlannedFor, e.ConvenedBy, MeetingStatus.Planned, [], null, null, null, null, []),
        (not null, AgendaItemAdded e) => state with { Agenda = state.Agenda.Add(new AgendaItem(e.Number, e.Title, e.ProposedBy, e.AddedOn)) },
        (not null, MeetingHeld e) => state with { Status = MeetingStatus.Held, HeldOn = e.HeldOn, ChairedBy = e.ChairedBy },
        (not null, MeetingCancelled e) => state with
        {
            Status = MeetingStatus.Cancelled,
            CancellationReason = e.Reason,
            CancelledOn = e.CancelledOn,
        },
        (not null, AttendanceRecorded e) => state with { Register = [.. e.Register] },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing meeting" : "meeting " + state.Id)}"),
    };
}
