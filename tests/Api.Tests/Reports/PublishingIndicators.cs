using System.Net;

namespace ConseilsCitoyens.Api.Tests.Reports;

public class PublishingIndicators(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_definitions_are_published_as_json_with_their_version()
    {
        var answer = await Get("/indicators");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var attendance = answer.Json.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "attendance-rate");
        Assert.Equal("Taux de présence", attendance.GetProperty("label").GetString());
        Assert.Contains("présents", attendance.GetProperty("definition").GetString());
        Assert.Equal(2, attendance.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task The_definitions_page_in_french_lists_every_indicator_from_the_same_definitions()
    {
        var page = await Get("/indicateurs");
        var ids = (await Get("/indicators")).Json.GetProperty("indicators").EnumerateArray().Select(i => i.GetProperty("id").GetString()!);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith("text/html", page.ContentType);
        Assert.Contains("<html lang=\"fr\">", page.Body);
        Assert.Contains("Réunions présidées par des membres", page.Body);
        Assert.All(ids, id => Assert.Contains($"id=\"{id}\"", page.Body));
    }
}
