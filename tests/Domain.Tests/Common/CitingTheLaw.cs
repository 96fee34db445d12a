using ConseilsCitoyens.Domain.Common;

namespace ConseilsCitoyens.Domain.Tests.Common;

public class CitingTheLaw
{
    [Fact]
    public void The_law_s_rules_are_written_once_each_from_1_to_16()
    {
        Assert.Equal(Enumerable.Range(1, 16), LegalRules.All.Select(r => r.Number));
        Assert.All(LegalRules.All, r => Assert.True(r.Text.Length > 40 && r.Kind.Length > 0 && r.Source.Length > 0, $"rule {r.Number}"));
        // The rules the deciders record warnings under (Compliance.Warn / Enforce).
        Assert.All(new[] { 4, 6, 7, 8, 10, 12, 15 }, n => Assert.NotNull(LegalRules.Find(n)));
        Assert.Null(LegalRules.Find(17));
    }
}
