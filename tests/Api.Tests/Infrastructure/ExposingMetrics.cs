using System.Net;
using System.Net.Http.Json;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

public class ExposingMetrics(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_scrape_endpoint_exposes_requests_commands_appended_events_and_the_logs_high_water_mark()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post("/councils", Council());

        var metrics = await Get("/metrics");

        Assert.Equal(HttpStatusCode.OK, metrics.Status);
        Assert.Contains("http_server_request_duration_seconds", metrics.Body);
        Assert.Contains("marten_event_append", metrics.Body);
        Assert.Contains("conseils_events_sequence", metrics.Body);
        var commands = metrics.Body.Split('\n').Where(line => line.StartsWith("conseils_commands_total{", StringComparison.Ordinal)).ToArray();
        Assert.True(commands.Any(line => line.Contains("command=\"/councils\"") && line.Contains("status=\"201\"")), string.Join("\n", metrics.Body.Split("\n").Where(l => l.Contains("conseils"))));
        Assert.True(commands.Any(line => line.Contains("command=\"/councils\"") && line.Contains("status=\"409\"")), string.Join("\n", commands));
        Assert.Contains("conseils_command_duration_seconds_bucket{", metrics.Body);
    }

    [Fact]
    public async Task A_command_s_log_lines_carry_its_correlation_and_command_ids()
    {
        using var client = Fixture.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/quartiers")
        {
            Content = JsonContent.Create(Quartier("QP999077")),
        };
        request.Headers.Add("X-Correlation-Id", "dossier-2018-042");
        request.Headers.Add("Idempotency-Key", "commande-77");

        var answer = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        var line = Assert.Single(Fixture.Logs.Entries, e => e.Message.StartsWith("Command /quartiers answered 201", StringComparison.Ordinal)
                                                            && Equals(e.Scope.GetValueOrDefault("CommandId"), "commande-77"));
        Assert.Equal("dossier-2018-042", line.Scope["CorrelationId"]);
    }
}
