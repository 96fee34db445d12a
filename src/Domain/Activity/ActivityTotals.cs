namespace ConseilsCitoyens.Domain.Activity;

public sealed record HoursOfKind(ActivityKind Kind, decimal Hours);

/// <summary>
/// What a facilitator's entries add up to: hours per activity kind (every kind listed, zero
/// included), mobilisations and residents reached. Cancelled entries do not count.
/// </summary>
public sealed record ActivityTotals(
    IReadOnlyList<HoursOfKind> HoursByKind,
    decimal TotalHours,
    int Mobilisations,
    int ResidentsReached,
    int NewResidents)
{
    public static ActivityTotals Of(IEnumerable<ActivityEntry> entries)
    {
        var counted = entries.Where(e => e.Counts).ToList();
        var time = counted.Where(e => e.Type == ActivityEntryType.Time).ToList();
        var mobilisations = counted.Where(e => e.Type == ActivityEntryType.Mobilisation).ToList();
        return new ActivityTotals(
            Enum.GetValues<ActivityKind>().Select(k => new HoursOfKind(k, time.Where(e => e.Kind == k).Sum(e => e.Hours ?? 0))).ToArray(),
            time.Sum(e => e.Hours ?? 0),
            mobilisations.Count,
            mobilisations.Sum(e => e.ResidentsReached ?? 0),
            mobilisations.Sum(e => e.NewResidents ?? 0));
    }
}
