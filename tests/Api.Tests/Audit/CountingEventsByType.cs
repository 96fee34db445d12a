using System.Net;
using Marten;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Projections.Maintenance;
using Marten.Events;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Audit;

public class CountingEventsByType(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_asynchronous_counts_equal_the_events_of_the_log()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post(MembersOf(CouncilId), Resident());

        await Fixture.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var counts = await Get("/audit/event-counts", role: "auditor");

        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        var expected = await session.AdvancedSql.QueryAsync<long>("select count(*) from conseils.mt_events", CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, counts.Status);
        Assert.Equal(expected.Single(), counts.Json.GetProperty("total").GetInt64());
        Assert.Contains(counts.Json.GetProperty("types").EnumerateArray(), t => t.GetProperty("id").GetString() == "council_created");
    }

    [Fact]
    public async Task The_lag_of_each_asynchronous_projection_is_a_metric()
    {
        await Post("/quartiers", Quartier());
        await Fixture.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        // Readiness samples the lag (the background sampler every 5 s), from a probe at most a few seconds old.
        await ReadinessBecomes(HttpStatusCode.OK);
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await Get("/health/ready", role: Anonymous);

        var metrics = await Get("/metrics");

        var lag = metrics.Body.Split('\n').Where(line => line.StartsWith("conseils_projection_lag", StringComparison.Ordinal)).ToArray();
        Assert.True(lag.Any(line => line.Contains("projection=\"EventTypeCount:All\"") && line.EndsWith(" 0", StringComparison.Ordinal)),
            string.Join('\n', lag));
    }

    [Fact]
    public async Task Readiness_fails_while_a_projection_is_further_behind_than_the_bound()
    {
        await Post("/quartiers", Quartier());
        var bound = ProjectionLagCheck.DefaultMaxLagEvents;
        // A projection whose node stopped bound + 1 events ago (its own progression row, as the daemon writes it).
        await using var session = Fixture.Store.LightweightSession(ApiFixture.City);
        session.QueueSqlCommand($"insert into conseils.mt_event_progression (name, last_seq_id) select 'Stalled:All', max(seq_id) - {bound + 1} from conseils.mt_events");
        await session.SaveChangesAsync();

        // Readiness answers from a probe at most a few seconds old (Health:CacheSeconds).
        var stalled = await ReadinessBecomes(HttpStatusCode.ServiceUnavailable);
        await EventLogMaintenance.RunAsync(Fixture.Store, "delete from conseils.mt_event_progression where name = 'Stalled:All'");
        var recovered = await ReadinessBecomes(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, stalled);
        Assert.Equal(HttpStatusCode.OK, recovered);
    }

    private async Task<HttpStatusCode> ReadinessBecomes(HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var status = (await Get("/health/ready", role: Anonymous)).Status;
            if (status == expected || DateTime.UtcNow > deadline)
                return status;
            await Task.Delay(250);
        }
    }
}
