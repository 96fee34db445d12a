using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Indicators;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Conventions.ConventionFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Conventions;

/// <summary>A target is a value its indicator can take: a proportion from 0 to 1, a count in whole units.</summary>
public class KeepingTargetsInTheirUnit
{
    private static readonly LocalDate Monday = new(2017, 1, 16);

    [Theory]
    [InlineData(60)]
    [InlineData(1.5)]
    [InlineData(250)]
    public void A_proportion_target_above_1_is_refused(double value) =>
        ThenRejected("convention.target-out-of-range", () => ConventionDecider.SetTarget(GivenConvention(Signed()),
            new SetYearlyTarget(IndicatorIds.AttendanceRate, 1, (decimal)value, Monday), TeamCalendar, Today));

    [Theory]
    [InlineData(0)]
    [InlineData(0.6)]
    [InlineData(1)]
    public void A_proportion_target_from_0_to_1_is_set(double value) =>
        Assert.IsType<YearlyTargetSet>(Assert.Single(ConventionDecider.SetTarget(GivenConvention(Signed()),
            new SetYearlyTarget(IndicatorIds.AttendanceRate, 1, (decimal)value, Monday), TeamCalendar, Today)));

    [Fact]
    public void A_count_target_is_a_whole_number() =>
        ThenRejected("convention.target-out-of-range", () => ConventionDecider.SetTarget(GivenConvention(Signed()),
            new SetYearlyTarget(IndicatorIds.Immersions, 1, 12.5m, Monday), TeamCalendar, Today));

    [Fact]
    public void A_ratio_or_hours_target_may_have_decimals()
    {
        Assert.Single(ConventionDecider.SetTarget(GivenConvention(Signed()), new SetYearlyTarget(IndicatorIds.MeetingsPerCouncil, 1, 8.5m, Monday), TeamCalendar, Today));
        Assert.Single(ConventionDecider.SetTarget(GivenConvention(Signed()), new SetYearlyTarget(IndicatorIds.TrainingHours, 1, 12.5m, Monday), TeamCalendar, Today));
    }

    [Fact]
    public void A_revision_out_of_range_is_refused_too() =>
        ThenRejected("convention.target-out-of-range", () => ConventionDecider.ReviseTarget(
            GivenConvention(Signed(), TargetSet(IndicatorIds.AttendanceRate, value: 0.6m)),
            new ReviseYearlyTarget(IndicatorIds.AttendanceRate, 1, 65, "En pourcentage", new LocalDate(2018, 3, 5)), TeamCalendar, Today));

    [Fact]
    public void Every_proportion_is_bounded_by_1_and_every_unit_starts_at_0() =>
        Assert.All(IndicatorDefinitions.All, d =>
        {
            Assert.True(d.Scale.Admits(0), d.Id);
            Assert.False(d.Scale.Admits(-1), d.Id);
            Assert.Equal(d.Unit.StartsWith("proportion", StringComparison.Ordinal), d.Scale.Max == 1);
        });
}
