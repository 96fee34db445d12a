using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using ConseilsCitoyens.Domain.Calendar;
using NodaTime;

namespace ConseilsCitoyens.Domain.Activity;

public enum ActivityKind
{
    CouncilSupport,
    ResidentMobilisation,
    Immersion,
    Training,
    Reporting,
    Coordination,
    Other,
}

public enum ActivityEntryType
{
    Time,
    Mobilisation,
}

public sealed record ActivityCancellation(string Reason, LocalDate On);

/// <summary>One entry of the log: time spent (Kind, Hours) or a mobilisation (Description, residents).</summary>
public sealed record ActivityEntry(
    Guid EntryId,
    ActivityEntryType Type,
    LocalDate On,
    Guid? CouncilId,
    ActivityKind? Kind = null,
    decimal? Hours = null,
    string? Note = null,
    string? Description = null,
    int? ResidentsReached = null,
    int? NewResidents = null,
    ActivityCancellation? Cancellation = null)
{
    public bool Counts => Cancellation is null;

    public static ActivityEntry From(TimeRecorded e) =>
        new(e.EntryId, ActivityEntryType.Time, e.On, e.CouncilId, Kind: e.Kind, Hours: e.Hours, Note: e.Note);

    public static ActivityEntry From(MobilisationRecorded e) =>
        new(e.EntryId, ActivityEntryType.Mobilisation, e.On, e.CouncilId,
            Description: e.Description, ResidentsReached: e.ResidentsReached, NewResidents: e.NewResidents);

    /// <summary>Same facts as recorded, whatever became of the entry since.</summary>
    public bool Records(ActivityEntry other) => this with { Cancellation = null } == other with { Cancellation = null };
}

/// <summary>A facilitator's time and activity log, folded from its stream.</summary>
public sealed record ActivityLog(
    Guid Id,
    Guid FacilitatorId,
    ImmutableArray<ActivityEntry> Entries,
    ImmutableArray<NonWorkingDayWarningRecorded> Warnings,
    long Version = 0)
{
    /// <summary>One log per facilitator: the id is derived from the facilitator's.</summary>
    public static Guid StreamIdFor(Guid facilitatorId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"activity:{facilitatorId:D}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    public ActivityEntry? FindEntry(Guid entryId) => Entries.FirstOrDefault(e => e.EntryId == entryId);

    public decimal HoursOn(LocalDate date) => Entries.Where(e => e.Counts && e.On == date).Sum(e => e.Hours ?? 0);

    /// <summary>Entries dated within [from, to], cancelled ones included, by date.</summary>
    public IReadOnlyList<ActivityEntry> Between(LocalDate from, LocalDate to) =>
        Entries.Where(e => e.On >= from && e.On <= to).OrderBy(e => e.On).ToArray();

    public static ActivityLog Evolve(ActivityLog? state, object @event) => (state, @event) switch
    {
        (null, TimeRecorded e) => new ActivityLog(e.ActivityLogId, e.FacilitatorId, [ActivityEntry.From(e)], []),
        (null, MobilisationRecorded e) => new ActivityLog(e.ActivityLogId, e.FacilitatorId, [ActivityEntry.From(e)], []),
        (not null, TimeRecorded e) => state with { Entries = state.Entries.Add(ActivityEntry.From(e)) },
        (not null, MobilisationRecorded e) => state with { Entries = state.Entries.Add(ActivityEntry.From(e)) },
        (not null, ActivityEntryCancelled e) => state with
        {
            Entries = state.Entries.Select(x => x.EntryId == e.EntryId
                ? x with { Cancellation = new ActivityCancellation(e.Reason, e.CancelledOn) }
                : x).ToImmutableArray(),
        },
        (not null, NonWorkingDayWarningRecorded e) => state with { Warnings = state.Warnings.Add(e) },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing activity log" : "activity log " + state.Id)}"),
    };
}
