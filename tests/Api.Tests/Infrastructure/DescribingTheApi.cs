using System.Net;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

public class DescribingTheApi(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_openapi_document_lists_every_endpoint_with_its_problem_responses()
    {
        var document = (await Get("/openapi/v1.json")).Json;
        var paths = document.GetProperty("paths");

        var join = paths.GetProperty("/councils/{councilId}/members").GetProperty("post").GetProperty("responses");
        foreach (var status in new[] { "200", "400", "404", "412", "422" })
            Assert.True(join.TryGetProperty(status, out _), $"join lacks {status}");
        Assert.True(paths.TryGetProperty("/councils/{id}", out _));
        Assert.True(paths.TryGetProperty("/quartiers", out _));
        Assert.True(paths.TryGetProperty("/councils", out _));
    }

    [Fact]
    public async Task The_bearer_token_is_declared_for_every_operation()
    {
        var document = (await Get("/openapi/v1.json")).Json;

        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.True(document.GetProperty("security")[0].TryGetProperty("Bearer", out _));
    }

    [Fact]
    public async Task Dates_are_described_as_iso_dates()
    {
        var schemas = (await Get("/openapi/v1.json")).Json.GetProperty("components").GetProperty("schemas");

        var createdOn = schemas.GetProperty("CreateCouncilRequest").GetProperty("properties").GetProperty("createdOn");
        Assert.Equal("date", createdOn.TryGetProperty("format", out var f) ? f.GetString() : FormatOfReference(schemas, createdOn));
    }

    private static string? FormatOfReference(System.Text.Json.JsonElement schemas, System.Text.Json.JsonElement property)
    {
        var reference = property.GetProperty("$ref").GetString()!.Split('/').Last();
        return schemas.GetProperty(reference).GetProperty("format").GetString();
    }

    [Fact]
    public async Task The_interactive_docs_are_served()
    {
        var answer = await Get("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("ConseilsCitoyens API", answer.Body);
    }

    [Fact]
    public async Task Health_endpoints_answer_healthy()
    {
        var live = await Get("/health/live");
        var ready = await Get("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Equal("Healthy", live.Body);
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Healthy", ready.Json.GetProperty("status").GetString());
    }
}
