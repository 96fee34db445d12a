using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Indicators;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Indicators.IndicatorFixtures;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

public class DefiningIndicators
{
    [Fact]
    public void Every_indicator_id_has_exactly_one_written_definition()
    {
        Assert.Equal(IndicatorIds.All.Order(), IndicatorDefinitions.All.Select(d => d.Id).Order());
        Assert.All(IndicatorDefinitions.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Label));
            Assert.True(d.Definition.Length > 60, $"{d.Id} is not defined precisely");
            Assert.False(string.IsNullOrWhiteSpace(d.Unit));
            Assert.True(d.Version >= 1);
        });
    }

    [Fact]
    public void A_report_gives_every_reported_indicator_in_the_order_of_the_definitions()
    {
        var values = Report.Compute(Facts(GivenCouncil(Created(), Member(1))), Year2018);

        Assert.Equal(IndicatorDefinitions.All.Where(d => d.Reported).Select(d => d.Id), values.Select(v => v.Definition.Id));
        Assert.Equal(1m, values.Single(v => v.Definition.Id == IndicatorIds.MembersResidents).Value);
        Assert.Equal(0m, values.Single(v => v.Definition.Id == IndicatorIds.ComplianceWarnings).Value);
    }

    [Fact]
    public void A_period_seen_as_of_an_earlier_date_ends_on_that_date()
    {
        Assert.Equal(D(2018, 6, 30), Year2018.AsOf(D(2018, 6, 30)).To);
        Assert.Equal(D(2018, 12, 31), Year2018.AsOf(D(2019, 6, 30)).To);
        Assert.Equal(Year2018, Year2018.AsOf(null));
    }
}
