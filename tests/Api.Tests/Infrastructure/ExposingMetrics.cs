using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

public class ExposingMetrics(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_scrape_endpoint_exposes_requests_appended_events_and_the_logs_high_water_mark()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());

        var metrics = await Get("/metrics");

        Assert.Equal(HttpStatusCode.OK, metrics.Status);
        Assert.Contains("http_server_request_duration_seconds", metrics.Body);
        Assert.Contains("marten_event_append", metrics.Body);
        Assert.Contains("conseils_events_sequence", metrics.Body);
    }
}
