using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Calendar;
using NodaTime;

namespace ConseilsCitoyens.Api.Activity;

/// <summary>An entry dated on a weekend or a public holiday: accepted, and reported.</summary>
public sealed record NonWorkingDayWarningResponse(LocalDate On, NonWorkingDayKind Kind, string? HolidayName)
{
    public static NonWorkingDayWarningResponse From(NonWorkingDayWarningRecorded w) => new(w.On, w.Kind, w.HolidayName);

    public static IReadOnlyList<NonWorkingDayWarningResponse> Of(IEnumerable<object> events) =>
        events.OfType<NonWorkingDayWarningRecorded>().Select(From).DistinctBy(w => w.On).ToArray();
}

/// <param name="Kind">Time entries: the activity the hours went to.</param>
/// <param name="Description">Mobilisations: what was done to reach residents far from participation.</param>
public sealed record ActivityEntryResponse(
    Guid EntryId,
    ActivityEntryType Type,
    LocalDate On,
    Guid? CouncilId,
    ActivityKind? Kind,
    decimal? Hours,
    string? Note,
    string? Description,
    int? ResidentsReached,
    int? NewResidents,
    bool Cancelled,
    string? CancellationReason,
    LocalDate? CancelledOn,
    NonWorkingDayWarningResponse? NonWorkingDay)
{
    public static ActivityEntryResponse From(ActivityEntry e, ActivityLog log) => new(
        e.EntryId, e.Type, e.On, e.CouncilId, e.Kind, e.Hours, e.Note, e.Description, e.ResidentsReached, e.NewResidents,
        e.Cancellation is not null, e.Cancellation?.Reason, e.Cancellation?.On,
        log.Warnings.Where(w => w.On == e.On).Select(NonWorkingDayWarningResponse.From).FirstOrDefault());
}

/// <summary>The answer to a write: the entry as it now stands and the warnings this write recorded.</summary>
public sealed record ActivityEntryWrittenResponse(
    Guid FacilitatorId, ActivityEntryResponse Entry, IReadOnlyList<NonWorkingDayWarningResponse> Warnings, long Version)
{
    internal static ActivityEntryWrittenResponse From(ActivityWrite write, Guid entryId)
    {
        var log = write.After;
        return new(log.FacilitatorId, ActivityEntryResponse.From(log.FindEntry(entryId)!, log), NonWorkingDayWarningResponse.Of(write.Events), log.Version);
    }
}

/// <param name="From">First date of the range; null when unbounded.</param>
/// <param name="Totals">Computed over the entries in range that still count (not cancelled).</param>
public sealed record ActivityLogResponse(
    Guid FacilitatorId,
    LocalDate? From,
    LocalDate? To,
    IReadOnlyList<ActivityEntryResponse> Entries,
    ActivityTotals Totals,
    long Version)
{
    public static ActivityLogResponse Of(ActivityLog log, LocalDate? from, LocalDate? to)
    {
        var entries = log.Between(from ?? LocalDate.MinIsoValue, to ?? LocalDate.MaxIsoValue);
        return new(log.FacilitatorId, from, to, entries.Select(e => ActivityEntryResponse.From(e, log)).ToArray(), ActivityTotals.Of(entries), log.Version);
    }
}
