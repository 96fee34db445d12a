using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Indicators;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

public class GroupingIndicators
{
    [Fact]
    public void Every_indicator_belongs_to_exactly_one_family()
    {
        var placed = IndicatorFamilies.All.SelectMany(f => f.Indicators).ToArray();

        Assert.Equal(IndicatorIds.All.Order(), placed.Order());
        Assert.Equal(placed.Length, placed.Distinct().Count());
        Assert.Equal(IndicatorFamilies.All.Count, IndicatorFamilies.All.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void An_indicator_finds_its_family_and_an_unknown_id_none()
    {
        Assert.Equal("autonomie", IndicatorFamilies.Of(IndicatorIds.MeetingsChairedByMembersShare).Id);
        Assert.Equal(IndicatorSubject.Programme, IndicatorFamilies.Of(IndicatorIds.TrainingHours).Subject);
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorFamilies.Of("members-count"));
    }
}
