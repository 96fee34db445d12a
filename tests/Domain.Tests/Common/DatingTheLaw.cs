using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Common;

public class DatingTheLaw
{
    // Décrets n° 2024-1036 and 2024-1037 of 15 November 2024, published in the Journal officiel of the 17th.
    [Theory]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    public void The_2014_rules_judge_a_command_dated_up_to_17_November_2024(int day)
    {
        var rules = Law.On(new LocalDate(2024, 11, day));

        Assert.Equal(RuleStrength.Hard, rules.DrawingOfResidents);
        Assert.True(rules.DrawingParityRequired);
        Assert.True(rules.PrefectoralOrderRequired);
    }

    [Fact]
    public void The_2024_decrees_judge_a_command_dated_from_18_November_2024()
    {
        var rules = Law.On(new LocalDate(2024, 11, 18));

        Assert.Equal(new LocalDate(2024, 11, 18), Law.Decrees2024);
        Assert.Equal(RuleStrength.Soft, rules.DrawingOfResidents);
        Assert.False(rules.DrawingParityRequired);
        Assert.False(rules.PrefectoralOrderRequired);
    }
}
