using System.Net;
using static ConseilsCitoyens.Api.Tests.Partners.PartnerScenarios;

namespace ConseilsCitoyens.Api.Tests.Partners;

public class RegisteringPartners(ApiFixture fixture) : EventCountingTest(fixture)
{
    [Fact]
    public async Task A_registered_partner_answers_201_and_reads_at_its_location_with_its_version()
    {
        var created = await Post("/partners", Partner());

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(PartnerUrl, created.Location);
        Assert.Equal("\"1\"", created.ETag);
        var read = await Get(PartnerUrl);
        Assert.Equal("\"1\"", read.ETag);
        Assert.Equal("association", read.Json.GetProperty("kind").GetString());
        Assert.Equal("75118", read.Json.GetProperty("arrondissementCode").GetString());
        Assert.Equal("chargée de mission politique de la ville", read.Json.GetProperty("contactRole").GetString());
        Assert.False(read.Json.GetProperty("closed").GetBoolean());
    }

    [Fact]
    public async Task Partners_are_listed_by_arrondissement()
    {
        await Post("/partners", Partner());
        await Post("/partners", Partner("75119", Guid.NewGuid(), "Bailleur d'essai", "socialLandlord", null));
        await Post("/partners", Partner(null, Guid.NewGuid(), "Délégation d'essai", "institution"));

        var all = (await Get("/partners")).Json.GetProperty("partners");
        var of18th = (await Get("/partners?arrondissement=75118")).Json.GetProperty("partners");

        Assert.Equal(3, all.GetArrayLength());
        Assert.Equal(PartnerId, of18th.EnumerateArray().Single().GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Registering_the_same_partner_twice_is_a_conflict()
    {
        await Post("/partners", Partner());

        Assert.Equal(HttpStatusCode.Conflict, (await Post("/partners", Partner(name: "Autre nom"))).Status);
        Assert.Equal("Centre social d'essai", (await Get(PartnerUrl)).Json.GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_unknown_partner_is_not_found()
    {
        var answer = await Get($"/partners/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }

    [Theory]
    [InlineData("75121", "partner.arrondissement-outside-paris")]
    [InlineData("93066", "partner.arrondissement-outside-paris")]
    public async Task An_arrondissement_outside_paris_breaks_a_rule_and_nothing_is_written(string code, string problem)
    {
        var answer = await Post("/partners", Partner(code));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal(problem, answer.ProblemCode);
        Assert.Equal(0, await CountEvents());
    }

    [Fact]
    public async Task A_contact_given_as_an_email_address_is_refused() =>
        Assert.Equal("partner.contact-is-personal-data", (await Post("/partners", Partner(contactRole: "c.dupont@example.org"))).ProblemCode);

    [Theory]
    [InlineData("""{"name":"","kind":"association","since":"2017-09-04"}""", "name")]
    [InlineData("""{"name":"Centre","kind":"company","since":"2017-09-04"}""", null)]
    [InlineData("""{"name":"Centre","kind":"association"}""", null)]
    [InlineData("""{"name":"Centre","kind":"association","since":"2017-09-04","phone":"0142000000"}""", null)]
    public async Task A_malformed_registration_is_a_400_and_writes_nothing(string json, string? field)
    {
        var answer = await Post("/partners", json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        if (field is not null)
            Assert.True(answer.Json.GetProperty("errors").TryGetProperty(field, out _), answer.Body);
        Assert.Equal(0, await CountEvents());
    }
}
