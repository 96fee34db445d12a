using ConseilsCitoyens.Domain.Activity;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Activity.ActivityFixtures;

namespace ConseilsCitoyens.Domain.Tests.Activity;

public class TotallingActivity
{
    private static readonly ActivityLog Log = GivenLog(
        TimeRecorded(Time(3)),
        TimeRecorded(Time(2.5m, entryId: Entry(2), kind: ActivityKind.Immersion)),
        TimeRecorded(Time(1, entryId: Entry(3), kind: ActivityKind.CouncilSupport, on: new LocalDate(2018, 7, 2))),
        TimeRecorded(Time(4, entryId: Entry(4), kind: ActivityKind.Training)),
        new ActivityEntryCancelled(LogId, FacilitatorId, Entry(4), "Doublon", Tuesday),
        MobilisationRecorded(Mobilisation(25, 10, entryId: Entry(5))),
        MobilisationRecorded(Mobilisation(12, 12, entryId: Entry(6))));

    [Fact]
    public void Hours_add_up_per_activity_kind_without_cancelled_entries()
    {
        var totals = ActivityTotals.Of(Log.Entries);

        Assert.Equal(6.5m, totals.TotalHours);
        Assert.Equal(4m, totals.HoursByKind.Single(h => h.Kind == ActivityKind.CouncilSupport).Hours);
        Assert.Equal(2.5m, totals.HoursByKind.Single(h => h.Kind == ActivityKind.Immersion).Hours);
        Assert.Equal(0m, totals.HoursByKind.Single(h => h.Kind == ActivityKind.Training).Hours);
        Assert.Equal(Enum.GetValues<ActivityKind>().Length, totals.HoursByKind.Count);
    }

    [Fact]
    public void Residents_reached_and_new_ones_add_up_over_mobilisations()
    {
        var totals = ActivityTotals.Of(Log.Entries);

        Assert.Equal(2, totals.Mobilisations);
        Assert.Equal(37, totals.ResidentsReached);
        Assert.Equal(22, totals.NewResidents);
    }

    [Fact]
    public void A_range_keeps_the_entries_dated_within_it_cancelled_ones_included()
    {
        var may = Log.Between(new LocalDate(2018, 5, 1), new LocalDate(2018, 5, 31));

        Assert.Equal(5, may.Count);
        Assert.Equal(5.5m, ActivityTotals.Of(may).TotalHours);
    }

    [Fact]
    public void An_empty_range_totals_zero() =>
        Assert.Equal(0m, ActivityTotals.Of(Log.Between(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31))).TotalHours);
}
