using ConseilsCitoyens.Domain.Conventions;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Conventions.ConventionFixtures;

namespace ConseilsCitoyens.Domain.Tests.Conventions;

public class ConventionYears
{
    [Fact]
    public void The_seed_convention_of_three_years_from_2017_ends_on_the_last_day_of_2019() =>
        Assert.Equal(new LocalDate(2019, 12, 31), GivenConvention(Signed()).EndsOn);

    [Theory]
    [InlineData("2017-01-01", 1)]
    [InlineData("2017-12-31", 1)]
    [InlineData("2018-01-01", 2)]
    [InlineData("2018-06-30", 2)]
    [InlineData("2019-12-31", 3)]
    public void Each_date_of_the_convention_falls_in_one_year(string date, int year) =>
        Assert.Equal(year, GivenConvention(Signed()).ConventionYearOf(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value));

    [Theory]
    [InlineData("2016-12-31")]
    [InlineData("2020-01-01")]
    public void A_date_outside_the_convention_has_no_year(string date) =>
        Assert.Null(GivenConvention(Signed()).ConventionYearOf(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value));

    [Fact]
    public void Years_run_from_an_anniversary_to_the_day_before_the_next()
    {
        var convention = GivenConvention(Signed() with { StartsOn = new LocalDate(2017, 9, 1), DurationYears = 2 });

        Assert.Equal(
            [new ConventionYear(1, new LocalDate(2017, 9, 1), new LocalDate(2018, 8, 31)), new ConventionYear(2, new LocalDate(2018, 9, 1), new LocalDate(2019, 8, 31))],
            convention.Years());
        Assert.Equal(new LocalDate(2019, 8, 31), convention.EndsOn);
    }

    [Fact]
    public void Years_from_a_29_february_follow_each_other_without_gap()
    {
        var period = new ConventionPeriod(new LocalDate(2016, 2, 29), 4);

        var years = period.Years;
        for (var i = 1; i < years.Count; i++)
            Assert.Equal(years[i - 1].EndsOn.PlusDays(1), years[i].StartsOn);
        Assert.Equal(period.EndsOn, years[^1].EndsOn);
    }
}
