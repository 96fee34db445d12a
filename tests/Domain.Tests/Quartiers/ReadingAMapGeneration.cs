using ConseilsCitoyens.Domain.Quartiers;

namespace ConseilsCitoyens.Domain.Tests.Quartiers;

public class ReadingAMapGeneration
{
    [Theory]
    [InlineData("qpv2015", MapGeneration.Qpv2015)]
    [InlineData(" QPV2024 ", MapGeneration.Qpv2024)]
    public void A_generation_is_read_by_its_name_in_any_case(string text, MapGeneration expected)
    {
        Assert.True(MapGenerations.TryParse(text, out var generation));
        Assert.Equal(expected, generation);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("qpv1990")]
    [InlineData(null)]
    public void A_number_or_an_unknown_name_is_not_a_generation(string? text) =>
        Assert.False(MapGenerations.TryParse(text, out _));
}
