using System.Net;
using static ConseilsCitoyens.Api.Tests.Partners.PartnerScenarios;

namespace ConseilsCitoyens.Api.Tests.Partners;

public class UpdatingAndClosingPartners(ApiFixture fixture) : EventCountingTest(fixture)
{
    private static object Update(string? arrondissementCode = "75118", string contactRole = "directrice") =>
        new { name = "Centre social d'essai", kind = "association", arrondissementCode, contactRole };

    private static readonly object Closure = new { closedOn = "2018-03-01", reason = "Fin de la convention" };

    [Fact]
    public async Task An_update_answers_the_new_description_and_version()
    {
        await Post("/partners", Partner());

        var answer = await Post($"{PartnerUrl}/details", Update(arrondissementCode: null), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("\"2\"", answer.ETag);
        var read = await Get(PartnerUrl);
        Assert.Equal("\"2\"", read.ETag);
        Assert.Equal("directrice", read.Json.GetProperty("contactRole").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.Json.GetProperty("arrondissementCode").ValueKind);
    }

    [Fact]
    public async Task The_same_update_twice_is_a_repeat()
    {
        await Post("/partners", Partner());
        await Post($"{PartnerUrl}/details", Update());

        var again = await Post($"{PartnerUrl}/details", Update());

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("\"2\"", again.ETag);
        Assert.Equal(2, await CountEvents());
    }

    [Fact]
    public async Task A_closed_partner_reads_as_closed_and_is_no_longer_updated()
    {
        await Post("/partners", Partner());

        var closed = await Post($"{PartnerUrl}/closure", Closure);
        var update = await Post($"{PartnerUrl}/details", Update());

        Assert.Equal(HttpStatusCode.OK, closed.Status);
        Assert.Equal("\"2\"", closed.ETag);
        var read = (await Get(PartnerUrl)).Json;
        Assert.True(read.GetProperty("closed").GetBoolean());
        Assert.Equal("2018-03-01", read.GetProperty("closedOn").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, update.Status);
        Assert.Equal("partner.closed", update.ProblemCode);
        Assert.Equal(2, await CountEvents());
    }

    [Fact]
    public async Task A_closure_before_the_partnership_began_is_refused_and_nothing_is_written()
    {
        await Post("/partners", Partner());

        var answer = await Post($"{PartnerUrl}/closure", new { closedOn = "2017-09-03" });

        Assert.Equal("partner.closed-before-start", answer.ProblemCode);
        Assert.Equal("\"1\"", (await Get(PartnerUrl)).ETag);
    }

    [Theory]
    [InlineData("details", """{"name":"Centre social d'essai","kind":"association","arrondissementCode":"75118"}""")]
    [InlineData("closure", """{"closedOn":"2018-03-01"}""")]
    public async Task Writes_to_an_unknown_partner_are_404_and_stale_versions_412(string path, string body)
    {
        await Post("/partners", Partner());
        await Post($"{PartnerUrl}/details", Update());

        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/partners/{Guid.NewGuid()}/{path}", body)).Status);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Post($"{PartnerUrl}/{path}", body, ifMatch: "\"1\"")).Status);
        Assert.Equal("\"2\"", (await Get(PartnerUrl)).ETag);
    }

    [Theory]
    [InlineData("details", """{"name":"","kind":"association"}""")]
    [InlineData("details", """{"name":"Centre","kind":"school"}""")]
    [InlineData("closure", """{"closedOn":"le 1er mars"}""")]
    [InlineData("closure", """{"reason":"Fin"}""")]
    public async Task Malformed_writes_are_400_problems(string path, string body)
    {
        await Post("/partners", Partner());

        var answer = await Post($"{PartnerUrl}/{path}", body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("\"1\"", (await Get(PartnerUrl)).ETag);
    }
}
