using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Quartiers;

public class RegisteringQuartiers(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_registered_quartier_can_be_read_at_its_location()
    {
        var created = await Post("/quartiers", Quartier());

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("/quartiers/QP999001", created.Location);

        var read = await Get(created.Location!);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal("Quartier d'essai", read.Json.GetProperty("name").GetString());
        Assert.Equal("qpv2015", read.Json.GetProperty("generation").GetString());
    }

    [Fact]
    public async Task Registering_the_same_code_twice_is_a_conflict()
    {
        await Post("/quartiers", Quartier());

        var again = await Post("/quartiers", Quartier(name: "Autre nom"));

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("application/problem+json", again.ContentType);
        Assert.Equal("Quartier d'essai", (await Get("/quartiers/QP999001")).Json.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_code_of_the_wrong_generation_breaks_a_rule()
    {
        var answer = await Post("/quartiers", new { code = "QP999001", name = "Essai", arrondissementCode = "75118", generation = "qpv2024" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("quartier.code-generation-mismatch", answer.ProblemCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/quartiers/QP999001")).Status);
    }

    [Fact]
    public async Task An_unknown_quartier_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/quartiers/QP999404")).Status);
}
