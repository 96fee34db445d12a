using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Conventions;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Conventions.ConventionFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Conventions;

public class RevisingTargets
{
    private static readonly LocalDate Revised = new(2018, 3, 5);

    private static ReviseYearlyTarget Revise(decimal value = 8, string reason = "Bilan de la première année", LocalDate? on = null,
        string indicator = IndicatorIds.MeetingsPerCouncil, int year = 1) =>
        new(indicator, year, value, reason, on ?? Revised);

    [Fact]
    public void A_revision_records_the_previous_value_the_reason_and_the_date() =>
        ThenEvents(ConventionDecider.ReviseTarget(GivenConvention(Signed(), TargetSet()), Revise(), TeamCalendar, Today),
            new YearlyTargetRevised(ConventionId, IndicatorIds.MeetingsPerCouncil, 1, 10, 8, "Bilan de la première année", Revised));

    [Fact]
    public void Every_revision_stays_in_the_targets_history()
    {
        var convention = GivenConvention(Signed(), TargetSet(),
            new YearlyTargetRevised(ConventionId, IndicatorIds.MeetingsPerCouncil, 1, 10, 8, "Bilan", Revised),
            new YearlyTargetRevised(ConventionId, IndicatorIds.MeetingsPerCouncil, 1, 8, 9, "Comité de pilotage", Revised.PlusDays(7)));

        var target = convention.FindTarget(IndicatorIds.MeetingsPerCouncil, 1)!;
        Assert.Equal(9, target.Value);
        Assert.Equal(
            [new TargetChange(null, 10, null, new LocalDate(2017, 1, 17)), new TargetChange(10, 8, "Bilan", Revised),
             new TargetChange(8, 9, "Comité de pilotage", Revised.PlusDays(7))],
            target.History.AsEnumerable());
    }

    [Fact]
    public void Revising_to_the_current_value_appends_nothing() =>
        ThenEvents(ConventionDecider.ReviseTarget(GivenConvention(Signed(), TargetSet()), Revise(value: 10), TeamCalendar, Today));

    [Fact]
    public void Revising_a_target_never_set_is_refused() =>
        ThenRejected("convention.target-not-set",
            () => ConventionDecider.ReviseTarget(GivenConvention(Signed(), TargetSet()), Revise(year: 2), TeamCalendar, Today));

    [Fact]
    public void A_revision_without_reason_is_rejected() =>
        ThenRejected("convention.revision-without-reason",
            () => ConventionDecider.ReviseTarget(GivenConvention(Signed(), TargetSet()), Revise(reason: "  "), TeamCalendar, Today));

    [Fact]
    public void A_revision_to_a_negative_value_is_rejected() =>
        ThenRejected("convention.negative-target",
            () => ConventionDecider.ReviseTarget(GivenConvention(Signed(), TargetSet()), Revise(value: -0.5m), TeamCalendar, Today));

    [Fact]
    public void A_revision_of_an_unknown_indicator_is_rejected() =>
        ThenRejected("convention.unknown-indicator",
            () => ConventionDecider.ReviseTarget(GivenConvention(Signed(), TargetSet()), Revise(indicator: "happiness"), TeamCalendar, Today));

    [Fact]
    public void A_revision_dated_before_the_last_change_is_rejected() =>
        ThenRejected("convention.revision-before-last-change",
            () => ConventionDecider.ReviseTarget(GivenConvention(Signed(), TargetSet()), Revise(on: new LocalDate(2017, 1, 16)), TeamCalendar, Today));

    [Fact]
    public void A_revision_dated_in_the_future_is_rejected() =>
        ThenRejected("date.in-future",
            () => ConventionDecider.ReviseTarget(GivenConvention(Signed(), TargetSet()), Revise(on: Today.PlusDays(1)), TeamCalendar, Today));

    [Fact]
    public void A_revision_on_a_sunday_is_recorded_with_a_warning() =>
        ThenEvents(ConventionDecider.ReviseTarget(GivenConvention(Signed(), TargetSet()), Revise(on: new LocalDate(2018, 3, 4)), TeamCalendar, Today),
            new YearlyTargetRevised(ConventionId, IndicatorIds.MeetingsPerCouncil, 1, 10, 8, "Bilan de la première année", new LocalDate(2018, 3, 4)),
            new NonWorkingDayWarningRecorded(ConventionId, new LocalDate(2018, 3, 4), NonWorkingDayKind.Weekend, null));
}
