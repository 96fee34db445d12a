using System.Net;
using static ConseilsCitoyens.Api.Tests.Diagnostics.DiagnosticScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Diagnostics;

public class PublishingDiagnostics(ApiFixture fixture) : EventCountingTest(fixture)
{
    private const string Versions = DiagnosticUrl + "/versions";

    private static object First() => Version("2017-10-02", ["Peu de lieux de rencontre"],
        Priority("Améliorer l'entretien des halls", "residents", "réunion publique du 12/03"));

    private async Task<Guid> GivenAFirstVersion()
    {
        await Post("/quartiers", Quartier());
        var first = await Post(Versions, First());
        return first.Json.GetProperty("current").GetProperty("priorities")[0].GetProperty("priorityId").GetGuid();
    }

    [Fact]
    public async Task The_first_version_answers_201_at_the_diagnostics_location()
    {
        await Post("/quartiers", Quartier());

        var created = await Post(Versions, First());

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(DiagnosticUrl, created.Location);
        Assert.Equal("\"1\"", created.ETag);
        var read = await Get(DiagnosticUrl);
        Assert.Equal("\"1\"", read.ETag);
        var current = read.Json.GetProperty("current");
        Assert.Equal(1, current.GetProperty("number").GetInt32());
        Assert.Equal("residents", current.GetProperty("priorities")[0].GetProperty("source").GetString());
        Assert.Equal("réunion publique du 12/03", current.GetProperty("priorities")[0].GetProperty("sourceDetail").GetString());
    }

    [Fact]
    public async Task A_new_version_answers_200_replaces_the_current_one_and_keeps_the_old_one_readable()
    {
        var housing = await GivenAFirstVersion();

        var second = await Post(Versions, Version("2018-04-09", ["Peu de lieux de rencontre", "Des jeunes sans activité le soir"],
            Priority("Améliorer l'entretien et l'éclairage des halls", "residents", id: housing),
            Priority("Ouvrir un lieu pour les jeunes le soir", "fieldActors")), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal("\"2\"", second.ETag);
        var read = (await Get(DiagnosticUrl)).Json;
        Assert.Equal(2, read.GetProperty("current").GetProperty("number").GetInt32());
        Assert.Equal(housing, read.GetProperty("current").GetProperty("priorities")[0].GetProperty("priorityId").GetGuid());
        Assert.Equal("2017-10-02", read.GetProperty("versions")[0].GetProperty("publishedOn").GetString());
        Assert.Equal("2018-04-09", read.GetProperty("versions")[1].GetProperty("publishedOn").GetString());
        var first = (await Get(read.GetProperty("versions")[0].GetProperty("url").GetString()!)).Json;
        Assert.Equal("Améliorer l'entretien des halls", first.GetProperty("priorities")[0].GetProperty("statement").GetString());
    }

    [Fact]
    public async Task The_same_version_again_is_a_repeat()
    {
        await GivenAFirstVersion();

        var again = await Post(Versions, First());

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("\"1\"", again.ETag);
        Assert.Equal(2, await CountEvents());
    }

    [Fact]
    public async Task An_unregistered_quartier_has_no_diagnostic()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Post("/quartiers/QP999404/diagnostic/versions", First())).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/quartiers/QP999404/diagnostic")).Status);
    }

    [Fact]
    public async Task A_quartier_without_a_diagnostic_and_a_missing_version_are_not_found()
    {
        await Post("/quartiers", Quartier());
        Assert.Equal(HttpStatusCode.NotFound, (await Get(DiagnosticUrl)).Status);

        await Post(Versions, First());
        Assert.Equal(HttpStatusCode.NotFound, (await Get(Versions + "/2")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Get(Versions + "/1")).Status);
    }

    [Fact]
    public async Task A_stale_version_is_412_and_nothing_is_written()
    {
        await GivenAFirstVersion();
        await Post(Versions, Version("2018-01-08", ["Constat"]));

        var stale = await Post(Versions, Version("2018-04-09", ["Autre constat"]), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("\"2\"", (await Get(DiagnosticUrl)).ETag);
    }

    [Theory]
    [InlineData("2017-09-01", new string[] { "Constat" }, "diagnostic.published-before-current")]
    [InlineData("2018-04-09", new string[0], "diagnostic.no-findings")]
    [InlineData("2018-07-01", new string[] { "Constat" }, "date.in-future")]
    public async Task An_impossible_version_breaks_a_rule_and_nothing_is_written(string publishedOn, string[] findings, string problem)
    {
        await GivenAFirstVersion();

        var answer = await Post(Versions, Version(publishedOn, findings));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal(problem, answer.ProblemCode);
        Assert.Equal("\"1\"", (await Get(DiagnosticUrl)).ETag);
    }

    [Fact]
    public async Task A_priority_sent_twice_in_a_version_is_refused()
    {
        var housing = await GivenAFirstVersion();

        var answer = await Post(Versions, Version("2018-04-09", ["Constat"],
            Priority("Halls", id: housing), Priority("Jeunes", "partners", id: housing)));

        Assert.Equal("diagnostic.duplicate-priority", answer.ProblemCode);
    }

    [Theory]
    [InlineData("""{"publishedOn":"2018-04-09","findings":[""],"priorities":[]}""", "findings[0]")]
    [InlineData("""{"publishedOn":"2018-04-09","findings":["Constat"],"priorities":[{"statement":"","source":"residents"}]}""", "priorities[0].statement")]
    [InlineData("""{"publishedOn":"2018-04-09","findings":["Constat"],"priorities":[{"statement":"Halls","source":"mayor"}]}""", null)]
    [InlineData("""{"findings":["Constat"],"priorities":[]}""", null)]
    public async Task A_malformed_version_is_a_400_and_writes_nothing(string json, string? field)
    {
        await GivenAFirstVersion();

        var answer = await Post(Versions, json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        if (field is not null)
            Assert.True(answer.Json.GetProperty("errors").TryGetProperty(field, out _), answer.Body);
        Assert.Equal("\"1\"", (await Get(DiagnosticUrl)).ETag);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_first_and_later_publications_and_their_problems()
    {
        var paths = (await Get("/openapi/v1.json")).Json.GetProperty("paths");

        var publish = paths.GetProperty("/quartiers/{code}/diagnostic/versions").GetProperty("post").GetProperty("responses");
        foreach (var status in new[] { "200", "201", "400", "404", "409", "412", "422" })
            Assert.True(publish.TryGetProperty(status, out _), $"publish lacks {status}");
        foreach (var path in new[] { "/partners", "/partners/{id}/details", "/partners/{id}/closure", "/partners/{id}/immersions", "/immersions", "/immersions/{id}" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing");
    }
}
