using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Conventions;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Conventions.ConventionFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Conventions;

public class SettingTargets
{
    private static readonly LocalDate Monday = new(2017, 1, 16);

    [Fact]
    public void A_target_is_set_for_an_indicator_and_a_year() =>
        ThenEvents(ConventionDecider.SetTarget(GivenConvention(Signed()),
                new SetYearlyTarget(IndicatorIds.AttendanceRate, 2, 0.6m, Monday), TeamCalendar, Today),
            new YearlyTargetSet(ConventionId, IndicatorIds.AttendanceRate, 2, 0.6m, Monday));

    [Fact]
    public void A_target_set_on_a_public_holiday_is_recorded_with_a_warning() =>
        ThenEvents(ConventionDecider.SetTarget(GivenConvention(Signed()),
                new SetYearlyTarget(IndicatorIds.ResidentsReached, 2, 200, new LocalDate(2018, 5, 1)), TeamCalendar, Today),
            new YearlyTargetSet(ConventionId, IndicatorIds.ResidentsReached, 2, 200, new LocalDate(2018, 5, 1)),
            new NonWorkingDayWarningRecorded(ConventionId, new LocalDate(2018, 5, 1), NonWorkingDayKind.PublicHoliday, "Fête du travail"));

    [Fact]
    public void An_unknown_indicator_is_rejected() =>
        ThenRejected("convention.unknown-indicator", () => ConventionDecider.SetTarget(GivenConvention(Signed()),
            new SetYearlyTarget("happiness", 1, 1, Monday), TeamCalendar, Today));

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_year_outside_the_convention_is_rejected(int year) =>
        ThenRejected("convention.year-out-of-range", () => ConventionDecider.SetTarget(GivenConvention(Signed()),
            new SetYearlyTarget(IndicatorIds.MeetingsPerCouncil, year, 10, Monday), TeamCalendar, Today));

    [Fact]
    public void A_negative_target_is_rejected_and_zero_is_accepted()
    {
        var convention = GivenConvention(Signed());

        ThenRejected("convention.negative-target", () => ConventionDecider.SetTarget(convention,
            new SetYearlyTarget(IndicatorIds.Immersions, 1, -1, Monday), TeamCalendar, Today));
        Assert.Single(ConventionDecider.SetTarget(convention, new SetYearlyTarget(IndicatorIds.Immersions, 1, 0, Monday), TeamCalendar, Today));
    }

    [Fact]
    public void Setting_an_existing_target_again_is_refused_in_favour_of_a_revision() =>
        ThenRejected("convention.target-already-set", () => ConventionDecider.SetTarget(GivenConvention(Signed(), TargetSet()),
            new SetYearlyTarget(IndicatorIds.MeetingsPerCouncil, 1, 12, Monday), TeamCalendar, Today));

    [Fact]
    public void The_same_setting_sent_again_appends_nothing() =>
        ThenEvents(ConventionDecider.SetTarget(GivenConvention(Signed(), TargetSet()),
            new SetYearlyTarget(IndicatorIds.MeetingsPerCouncil, 1, 10, new LocalDate(2017, 1, 17)), TeamCalendar, Today));

    [Fact]
    public void A_target_set_before_the_signature_is_rejected() =>
        ThenRejected("convention.target-before-signature", () => ConventionDecider.SetTarget(GivenConvention(Signed()),
            new SetYearlyTarget(IndicatorIds.MeetingsPerCouncil, 1, 10, SignedOn.PlusDays(-1)), TeamCalendar, Today));

    [Fact]
    public void A_target_set_in_the_future_is_rejected() =>
        ThenRejected("date.in-future", () => ConventionDecider.SetTarget(GivenConvention(Signed()),
            new SetYearlyTarget(IndicatorIds.MeetingsPerCouncil, 3, 10, Today.PlusDays(1)), TeamCalendar, Today));

    [Fact]
    public void Every_known_indicator_id_is_distinct_and_lowercase()
    {
        Assert.Equal(IndicatorIds.All.Count, IndicatorIds.All.Distinct().Count());
        Assert.All(IndicatorIds.All, id => Assert.Equal(id.ToLowerInvariant(), id));
        Assert.Contains(IndicatorIds.SteeringSessionsWithRepresentative, IndicatorIds.All);
    }
}
