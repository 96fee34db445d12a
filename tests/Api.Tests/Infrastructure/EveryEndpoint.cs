using System.Net;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>Properties every endpoint has, checked over the whole endpoint list.</summary>
public class EveryEndpoint(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] HostileBodies =
    [
        "", "{", "[]", "null", "\"text\"", "{}", """{"unknown":1}""", "{\"id\":\"not-a-guid\"}",
        "{\"name\":\"" + new string('x', 100_000) + "\"}", "{\"on\":\"9999-99-99\"}", "\u0000\u0001",
    ];

    [Fact]
    public async Task Every_endpoint_is_described_in_the_openapi_document()
    {
        var paths = (await Get("/openapi/v1.json")).Json.GetProperty("paths");
        var routes = EndpointCatalogue.Of(Fixture.Host.Services);

        Assert.NotEmpty(routes);
        Assert.All(routes, route =>
        {
            Assert.True(paths.TryGetProperty(route.Pattern.Replace(":guid", ""), out var path), $"{route} is missing");
            Assert.True(path.TryGetProperty(route.Method.ToLowerInvariant(), out var operation), $"{route} is missing");
            if (route.Method == "POST")
                Assert.True(operation.GetProperty("responses").TryGetProperty("400", out _), $"{route} does not declare its 400 problem");
        });
    }

    [Fact]
    public async Task No_write_endpoint_answers_500_to_hostile_input_nor_writes_anything()
    {
        var failures = new List<string>();
        foreach (var route in EndpointCatalogue.Of(Fixture.Host.Services).Where(r => r.Method == "POST"))
        foreach (var id in new Guid?[] { null, Guid.Empty })
        foreach (var body in HostileBodies)
        {
            var answer = await Send(HttpMethod.Post, route.Sample(id), body);
            if ((int)answer.Status >= 500)
                failures.Add($"{route} ← {body[..Math.Min(body.Length, 30)]}: {(int)answer.Status} {answer.Body[..Math.Min(answer.Body.Length, 200)]}");
        }

        Assert.Empty(failures);
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        Assert.Equal(0L, await Marten.QueryableExtensions.CountAsync(session.Events.QueryAllRawEvents()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?on=garbage&from=x&to=y&year=abc&quarter=2018-Q9&month=13&asOf=zz&after=-1&limit=999999")]
    [InlineData("?on=2018-06-30&year=2018&asOf=2018-06-30&arrondissement=%3Cscript%3E")]
    public async Task No_read_endpoint_answers_500_to_unknown_ids_or_hostile_queries(string query)
    {
        var failures = new List<string>();
        foreach (var route in EndpointCatalogue.Of(Fixture.Host.Services).Where(r => r.Method == "GET"))
        {
            var answer = await Get(route.Sample() + query);
            if ((int)answer.Status >= 500)
                failures.Add($"{route}{query}: {(int)answer.Status} {answer.Body[..Math.Min(answer.Body.Length, 200)]}");
        }

        Assert.Empty(failures);
    }
}
