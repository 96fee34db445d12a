using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Calendar;
using static ConseilsCitoyens.Domain.Tests.Activity.ActivityFixtures;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Activity;

public class RecordingMobilisations
{
    [Fact]
    public void A_mobilisation_records_the_residents_reached_and_the_new_ones() =>
        ThenEvents(ActivityDecider.Record(null, Mobilisation(), Holidays, Today), MobilisationRecorded(Mobilisation()));

    [Fact]
    public void A_mobilisation_reaching_nobody_is_recorded() =>
        ThenEvents(ActivityDecider.Record(null, Mobilisation(0, 0), Holidays, Today), MobilisationRecorded(Mobilisation(0, 0)));

    [Fact]
    public void New_residents_are_not_more_than_those_reached() =>
        ThenRejected("activity.new-residents-exceed-reached", () => ActivityDecider.Record(null, Mobilisation(5, 6), Holidays, Today));

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(3, -1)]
    public void Residents_are_counted_from_zero(int reached, int newResidents) =>
        ThenRejected("activity.residents-negative", () => ActivityDecider.Record(null, Mobilisation(reached, newResidents), Holidays, Today));

    [Fact]
    public void A_mobilisation_on_a_sunday_is_accepted_with_a_warning()
    {
        var sunday = Tuesday.PlusDays(5);

        ThenEvents(ActivityDecider.Record(null, Mobilisation(on: sunday), Holidays, Today),
            MobilisationRecorded(Mobilisation(on: sunday)), new NonWorkingDayWarningRecorded(LogId, sunday, NonWorkingDayKind.Weekend, null));
    }

    [Fact]
    public void Recording_a_mobilisation_again_appends_nothing() =>
        ThenEvents(ActivityDecider.Record(GivenLog(MobilisationRecorded(Mobilisation())), Mobilisation(), Holidays, Today));

    [Fact]
    public void Other_counts_under_a_known_entry_id_are_refused() =>
        ThenRejected("activity.entry-already-recorded",
            () => ActivityDecider.Record(GivenLog(MobilisationRecorded(Mobilisation())), Mobilisation(30), Holidays, Today));
}
