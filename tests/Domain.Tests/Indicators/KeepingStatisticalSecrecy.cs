using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Indicators.IndicatorFixtures;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

public class KeepingStatisticalSecrecy
{
    private static IndicatorValue Parity(int women, int men) => Report.Compute(Facts(ResidentsCouncil(women, men)), Year2018)
        .Single(v => v.Definition.Id == "parity-residents");

    private static Council ResidentsCouncil(int women, int men) => GivenCouncil(
        [Created(), .. Enumerable.Range(1, women).Select(n => Member(n)),
            .. Enumerable.Range(100, men).Select(n => Member(n, gender: Gender.Male))]);

    [Fact]
    public void Parity_among_residents_is_broken_down_by_gender()
    {
        var parity = Parity(women: 3, men: 1);

        Assert.Equal(0.75m, parity.Value);
        Assert.Equal(new Dictionary<string, int> { ["female"] = 3, ["male"] = 1 }, parity.Breakdown);
    }

    [Fact]
    public void A_count_by_gender_below_the_threshold_withholds_the_value_and_every_part()
    {
        var disclosed = StatisticalSecrecy.Disclose(Parity(women: 4, men: 9), threshold: 5);

        Assert.True(disclosed.Secret);
        Assert.Null(disclosed.Value);
        Assert.Null(disclosed.Breakdown);
        Assert.Equal(0.3077m, disclosed.Source.Value);
    }

    [Fact]
    public void Counts_by_gender_at_the_threshold_are_published()
    {
        var disclosed = StatisticalSecrecy.Disclose(Parity(women: 5, men: 6), threshold: 5);

        Assert.False(disclosed.Secret);
        Assert.Equal(0.4545m, disclosed.Value);
        Assert.Equal(5, disclosed.Breakdown!["female"]);
    }

    [Fact]
    public void A_gender_with_nobody_is_published()
    {
        var disclosed = StatisticalSecrecy.Disclose(Parity(women: 0, men: 6), threshold: 5);

        Assert.False(disclosed.Secret);
        Assert.Equal(0m, disclosed.Value);
    }

    [Fact]
    public void The_threshold_comes_from_the_caller()
    {
        Assert.True(StatisticalSecrecy.Disclose(Parity(women: 6, men: 7), threshold: 11).Secret);
        Assert.False(StatisticalSecrecy.Disclose(Parity(women: 1, men: 2), threshold: 1).Secret);
    }

    [Fact]
    public void Indicators_not_broken_down_by_gender_or_age_are_never_withheld()
    {
        var values = Report.Compute(Facts(ResidentsCouncil(women: 1, men: 1)), Year2018);

        var disclosed = StatisticalSecrecy.Disclose(values, threshold: 5);

        Assert.Equal(["parity-residents"], disclosed.Where(d => d.Secret).Select(d => d.Definition.Id));
        Assert.Equal(2m, disclosed.Single(d => d.Definition.Id == "members").Value);
        Assert.Equal(values.Count, disclosed.Count);
    }

    [Fact]
    public void A_threshold_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StatisticalSecrecy.Disclose(Parity(1, 1), threshold: 0));
    }
}
