using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Domain.Meetings;

public sealed record PlanMeeting(Guid MeetingId, MeetingKind Kind, LocalDate PlannedFor, Actor ConvenedBy);

/// <param name="ProposedOn">When the item was proposed; today when not given.</param>
public sealed record AddAgendaItem(string Title, Actor ProposedBy, LocalDate? ProposedOn = null);

public sealed record HoldMeeting(LocalDate HeldOn, Actor ChairedBy);

/// <param name="CancelledOn">When the cancellation was decided; today when not given.</param>
public sealed record CancelMeeting(string Reason, LocalDate? CancelledOn = null);

public sealed record RecordAttendance(IReadOnlyList<AttendanceEntry> Register);

/// <summary>
/// A council's meetings and their attendance register: planned, then held or cancelled; the
/// register comes after the meeting was held. Who convenes, chairs and proposes feeds the
/// autonomy indicators of rule 16.
/// </summary>
public static class MeetingDecider
{
    public static MeetingPlanned Plan(Council council, PlanMeeting command)
    {
        NotBeforeCreation(council, command.PlannedFor, "planned");
        if (command.ConvenedBy.Kind == ActorKind.Partner)
            throw new RuleViolation("meeting.convened-by-partner", "A council meeting is convened by a member or the facilitator, not by a partner.");
        MustBeMember(council, command.ConvenedBy, command.PlannedFor, "meeting.convener-not-member", "convener");

        return new MeetingPlanned(command.MeetingId, council.Id, command.Kind, command.PlannedFor, command.ConvenedBy);
    }

    /// <returns>None when the same title was already proposed by the same actor (a retry).</returns>
    public static IReadOnlyList<object> AddAgendaItem(Meeting meeting, Council council, AddAgendaItem command, LocalDate today)
    {
        MustBePlanned(meeting, "add an agenda item to");
        var title = command.Title.Trim();
        var existing = meeting.Agenda.FirstOrDefault(i => string.Equals(i.Title, title, StringComparison.OrdinalIgnoreCase));
        if (existing is not null)
        {
            if (existing.ProposedBy == command.ProposedBy)
                return [];
            throw new RuleViolation("meeting.agenda-item-duplicate", $"'{existing.Title}' is already item {existing.Number} of the agenda.");
        }
        MustBeMember(council, command.ProposedBy, meeting.PlannedFor, "meeting.proposer-not-member", "proposer");
        var proposedOn = command.ProposedOn ?? today;
        NotBeforeCreation(council, proposedOn, "prepared");
        ProgrammeCalendar.NotInFuture(proposedOn, today, "The item's date");

        return [new AgendaItemAdded(meeting.Id, meeting.CouncilId, meeting.Agenda.Length + 1, title, command.ProposedBy, proposedOn)];
    }

    public static IReadOnlyList<object> Hold(Meeting meeting, Council council, HoldMeeting command, LocalDate today)
    {
        if (meeting.Status == MeetingStatus.Held)
        {
            if (meeting.HeldOn == command.HeldOn && meeting.ChairedBy == command.ChairedBy)
                return [];
            throw new RuleViolation("meeting.already-held", $"Meeting {meeting.Id} was already held on {meeting.HeldOn:yyyy-MM-dd}.");
        }
        MustBePlanned(meeting, "hold");
        NotBeforeCreation(council, command.HeldOn, "held");
        ProgrammeCalendar.NotInFuture(command.HeldOn, today, "The meeting's date");
        if (command.ChairedBy.Kind == ActorKind.Partner)
            throw new RuleViolation("meeting.chaired-by-partner", "A council meeting is chaired by a member or the facilitator, not by a partner.");
        MustBeMember(council, command.ChairedBy, command.HeldOn, "meeting.chair-not-member", "chair");

        return [new MeetingHeld(meeting.Id, meeting.CouncilId, command.HeldOn, command.ChairedBy)];
    }

    public static IReadOnlyList<object> Cancel(Meeting meeting, CancelMeeting command, LocalDate today)
    {
        var reason = command.Reason.Trim();
        if (meeting.Status == MeetingStatus.Cancelled && meeting.CancellationReason == reason)
            return [];
        MustBePlanned(meeting, "cancel");
        var cancelledOn = command.CancelledOn ?? today;
        ProgrammeCalendar.NotInFuture(cancelledOn, today, "The cancellation date");

        return [new MeetingCancelled(meeting.Id, meeting.CouncilId, reason, cancelledOn)];
    }

    /// <returns>None when the register is the one already recorded, in any order (a retry).</returns>
    public static IReadOnlyList<object> RecordAttendance(Meeting meeting, Council council, RecordAttendance command)
    {
        if (meeting.Status == MeetingStatus.Cancelled)
            throw new RuleViolation("meeting.cancelled", $"Meeting {meeting.Id} was cancelled: it has no attendance.");
        if (meeting is not { Status: MeetingStatus.Held, HeldOn: { } heldOn })
            throw new RuleViolation("meeting.not-held", $"Meeting {meeting.Id} has not been held yet: its attendance comes after.");
        if (command.Register.Count == 0)
            throw new RuleViolation("attendance.empty", "An attendance register names at least one member.");

        var duplicates = command.Register.GroupBy(e => e.MemberId).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (duplicates.Length > 0)
            throw new RuleViolation("attendance.duplicate-member",
                $"Each member appears once in the register: {string.Join(", ", duplicates)} appear(s) more than once.");

        var strangers = command.Register.Where(e => !council.IsMemberOn(e.MemberId, heldOn)).Select(e => e.MemberId).ToArray();
        if (strangers.Length > 0)
            throw new RuleViolation("attendance.not-a-member",
                $"Not members of the council on {heldOn:yyyy-MM-dd}: {string.Join(", ", strangers)}.");

        var register = command.Register.OrderBy(e => e.MemberId).ToArray();
        if (register.SequenceEqual(meeting.Register.OrderBy(e => e.MemberId)))
            return [];

        return [new AttendanceRecorded(meeting.Id, meeting.CouncilId, heldOn, register)];
    }

    private static void MustBePlanned(Meeting meeting, string action)
    {
        switch (meeting.Status)
        {
            case MeetingStatus.Cancelled:
                throw new RuleViolation("meeting.cancelled", $"Meeting {meeting.Id} was cancelled: one cannot {action} it.");
            case MeetingStatus.Held:
                throw new RuleViolation("meeting.already-held", $"Meeting {meeting.Id} was already held: one cannot {action} it.");
        }
    }

    private static void NotBeforeCreation(Council council, LocalDate date, string what)
    {
        if (date < council.CreatedOn)
            throw new RuleViolation("meeting.before-council-creation",
                $"The council was created on {council.CreatedOn:yyyy-MM-dd}; no meeting is {what} on {date:yyyy-MM-dd}.");
    }

    private static void MustBeMember(Council council, Actor actor, LocalDate on, string code, string role)
    {
        if (actor.Kind == ActorKind.Member && !(actor.MemberId is { } id && council.IsMemberOn(id, on)))
            throw new RuleViolation(code, $"The {role} ({actor.MemberId}) was not a member of the council on {on:yyyy-MM-dd}.");
    }
}
