using System.Net;
using System.Text.Json;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>/health/ready is anonymous: a flood of probes must not become a flood of database work.</summary>
public class FloodingTheReadinessProbe(ApiFixture fixture) : AttackTest(fixture)
{
    [Fact]
    public async Task A_burst_of_probes_shares_one_database_probe()
    {
        using var client = Fixture.Client(role: null);

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            using var response = await client.GetAsync("/health/ready");
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        var probes = answers.Select(a => JsonDocument.Parse(a.Body).RootElement.GetProperty("checkedAt").GetString()).Distinct().Count();
        Assert.True(probes <= 2, $"{probes} probes for 40 calls");
    }
}
