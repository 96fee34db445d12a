using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Activity;

public sealed record RecordTime(Guid FacilitatorId, Guid EntryId, LocalDate On, ActivityKind Kind, decimal Hours, Guid? CouncilId, string? Note);

public sealed record RecordMobilisation(Guid FacilitatorId, Guid EntryId, LocalDate On, Guid CouncilId, string Description, int ResidentsReached, int NewResidents);

public sealed record CancelActivityEntry(Guid EntryId, string Reason);

/// <summary>
/// A facilitator's time and mobilisation log. The team works Monday to Friday: an entry on a
/// weekend or a public holiday is accepted with a warning. Entry ids make retries harmless.
/// </summary>
public static class ActivityDecider
{
    public const decimal MaxHoursPerDay = 12m;

    /// <param name="log">Null before the facilitator's first entry: the entry opens the log.</param>
    public static IReadOnlyList<object> Record(ActivityLog? log, RecordTime command, WorkingCalendar calendar, LocalDate today)
    {
        var logId = ActivityLog.StreamIdFor(command.FacilitatorId);
        var recorded = new TimeRecorded(logId, command.FacilitatorId, command.EntryId, command.On, command.Kind, command.Hours,
            command.CouncilId, string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim());
        if (AlreadyRecorded(log, ActivityEntry.From(recorded)))
            return [];

        if (command.Hours <= 0 || command.Hours > MaxHoursPerDay)
            throw new RuleViolation("activity.hours-out-of-range", $"An entry counts more than 0 and at most {MaxHoursPerDay} hours.");
        ProgrammeCalendar.NotInFuture(command.On, today, "The activity date");
        var dayTotal = (log?.HoursOn(command.On) ?? 0) + command.Hours;
        if (dayTotal > MaxHoursPerDay)
            throw new RuleViolation("activity.day-over-twelve-hours",
                $"{command.On:yyyy-MM-dd} would count {dayTotal} hours: a day counts at most {MaxHoursPerDay}.");
        return WithWorkingDayCheck(recorded, calendar, logId, command.On);
    }

    public static IReadOnlyList<object> Record(ActivityLog? log, RecordMobilisation command, WorkingCalendar calendar, LocalDate today)
    {
        var logId = ActivityLog.StreamIdFor(command.FacilitatorId);
        var recorded = new MobilisationRecorded(logId, command.FacilitatorId, command.EntryId, command.On, command.CouncilId,
            command.Description.Trim(), command.ResidentsReached, command.NewResidents);
        if (AlreadyRecorded(log, ActivityEntry.From(recorded)))
            return [];

        if (command.ResidentsReached < 0 || command.NewResidents < 0)
            throw new RuleViolation("activity.residents-negative", "Residents reached and new residents are counts, zero or more.");
        if (command.NewResidents > command.ResidentsReached)
            throw new RuleViolation("activity.new-residents-exceed-reached",
                $"{command.NewResidents} new residents cannot be more than the {command.ResidentsReached} reached.");
        ProgrammeCalendar.NotInFuture(command.On, today, "The mobilisation date");
        return WithWorkingDayCheck(recorded, calendar, logId, command.On);
    }

    /// <returns>Nothing when the entry is already cancelled for that reason.</returns>
    public static IReadOnlyList<object> Cancel(ActivityLog log, CancelActivityEntry command)
    {
        var entry = log.FindEntry(command.EntryId)
            ?? throw new RuleViolation("activity.entry-unknown", $"Entry {command.EntryId} is not in this activity log.");
        var reason = command.Reason.Trim();
        if (entry.Cancellation is { } cancellation)
            return cancellation.Reason == reason
                ? []
                : throw new RuleViolation("activity.entry-already-cancelled", $"The entry was already cancelled on {cancellation.On:yyyy-MM-dd}.");
        if (reason.Length == 0)
            throw new RuleViolation("activity.cancellation-reason-required", "A cancellation says why the entry no longer counts.");
        // A cancellation corrects a mistaken entry: it is dated like the entry, so that it no longer counts on any date.
        return [new ActivityEntryCancelled(log.Id, log.FacilitatorId, entry.EntryId, reason, entry.On)];
    }

    private static bool AlreadyRecorded(ActivityLog? log, ActivityEntry entry)
    {
        if (log?.FindEntry(entry.EntryId) is not { } existing)
            return false;
        return existing.Records(entry)
            ? true
            : throw new RuleViolation("activity.entry-already-recorded", $"Entry {entry.EntryId} is already recorded with other facts.");
    }

    private static IReadOnlyList<object> WithWorkingDayCheck(object recorded, WorkingCalendar calendar, Guid logId, LocalDate on) =>
        calendar.Check(logId, on) is { } warning ? [recorded, warning] : [recorded];
}
