using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Calendar;
using static ConseilsCitoyens.Domain.Tests.Activity.ActivityFixtures;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Activity;

public class RecordingTime
{
    [Fact]
    public void A_first_time_entry_opens_the_facilitators_log() =>
        ThenEvents(ActivityDecider.Record(null, Time(), Holidays, Today), TimeRecorded(Time()));

    [Fact]
    public void Time_on_a_saturday_is_accepted_with_a_warning()
    {
        var saturday = Tuesday.PlusDays(4);

        ThenEvents(ActivityDecider.Record(null, Time(on: saturday), Holidays, Today),
            TimeRecorded(Time(on: saturday)), new NonWorkingDayWarningRecorded(LogId, saturday, NonWorkingDayKind.Weekend, null));
    }

    [Fact]
    public void Time_on_a_public_holiday_is_accepted_with_a_warning() =>
        ThenEvents(ActivityDecider.Record(null, Time(on: Ascension), Holidays, Today),
            TimeRecorded(Time(on: Ascension)), new NonWorkingDayWarningRecorded(LogId, Ascension, NonWorkingDayKind.PublicHoliday, "Ascension"));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(12.25)]
    public void An_entry_counts_more_than_zero_and_at_most_twelve_hours(decimal hours) =>
        ThenRejected("activity.hours-out-of-range", () => ActivityDecider.Record(null, Time(hours), Holidays, Today));

    [Fact]
    public void Twelve_hours_in_a_day_are_accepted() =>
        ThenEvents(ActivityDecider.Record(GivenLog(TimeRecorded(Time(8))), Time(4, entryId: Entry(2)), Holidays, Today),
            TimeRecorded(Time(4, entryId: Entry(2))));

    [Fact]
    public void A_day_over_twelve_hours_is_refused() =>
        ThenRejected("activity.day-over-twelve-hours",
            () => ActivityDecider.Record(GivenLog(TimeRecorded(Time(8))), Time(4.5m, entryId: Entry(2)), Holidays, Today));

    [Fact]
    public void A_cancelled_entry_no_longer_counts_in_the_day() =>
        ThenEvents(ActivityDecider.Record(
                GivenLog(TimeRecorded(Time(8)), new ActivityEntryCancelled(LogId, FacilitatorId, EntryId, "Doublon", Tuesday)),
                Time(10, entryId: Entry(2)), Holidays, Today),
            TimeRecorded(Time(10, entryId: Entry(2))));

    [Fact]
    public void Time_is_not_recorded_in_the_future() =>
        ThenRejected("date.in-future", () => ActivityDecider.Record(null, Time(on: Today.PlusDays(3)), Holidays, Today));

    [Fact]
    public void Recording_an_entry_again_with_the_same_facts_appends_nothing() =>
        ThenEvents(ActivityDecider.Record(GivenLog(TimeRecorded(Time(on: Ascension))), Time(on: Ascension), Holidays, Today));

    [Fact]
    public void Recording_other_facts_under_a_known_entry_id_is_refused() =>
        ThenRejected("activity.entry-already-recorded",
            () => ActivityDecider.Record(GivenLog(TimeRecorded(Time())), Time(2), Holidays, Today));

    [Fact]
    public void A_time_entry_id_is_not_reused_for_a_mobilisation() =>
        ThenRejected("activity.entry-already-recorded",
            () => ActivityDecider.Record(GivenLog(TimeRecorded(Time())), Mobilisation(), Holidays, Today));
}
