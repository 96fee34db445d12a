using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>The same subject, key and body sent to Paris then Lyon must write in Lyon, not answer Paris's response.</summary>
public class ReplayingAnIdempotencyKeyInAnotherCity(ApiFixture fixture) : AttackTest(fixture)
{
    [Fact]
    public async Task The_second_city_gets_its_own_write()
    {
        var key = new Dictionary<string, string> { ["Idempotency-Key"] = "cle-0001" };

        var paris = await As("administrator", "same-subject", HttpMethod.Post, "/quartiers", Quartier(), headers: key);
        var lyon = await As("administrator", "same-subject", HttpMethod.Post, "/quartiers", Quartier(), city: "lyon", headers: key);

        Assert.Equal(HttpStatusCode.Created, paris.Status);
        Assert.Equal(HttpStatusCode.Created, lyon.Status);
        var inLyon = await As("administrator", "same-subject", HttpMethod.Get, "/quartiers/QP999001", city: "lyon");
        Assert.Equal(HttpStatusCode.OK, inLyon.Status);
    }
}
