using System.Net;
using ConseilsCitoyens.Api.Infrastructure;
using Npgsql;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>
/// Streamed answers and the log's verification hold a pooled connection while they run: a caller
/// opens many of them (reading slowly, or against a log that takes long to read) to exhaust the
/// pool. Here the log is locked so that every read waits, as a slow one would.
/// </summary>
public class HoldingLongReadsOpen(ApiFixture fixture) : AttackTest(fixture)
{
    [Fact]
    public async Task Streams_beyond_the_bound_are_refused_with_429_until_one_ends()
    {
        await Post("/quartiers", Quartier());
        using var client = Fixture.Client("auditor");
        Task<HttpResponseMessage>[] held;
        await using (var lockedLog = await LockTheLog())
        {
            held = Enumerable.Range(0, LongReads.DefaultMaxConcurrent)
                .Select(_ => client.GetAsync("/audit/events.jsonl", HttpCompletionOption.ResponseHeadersRead)).ToArray();
            await ReadsWaitingOnTheLog(LongReads.DefaultMaxConcurrent);

            var extra = await Get("/audit/events.jsonl", "auditor");
            var replay = await Get("/quartiers/QP999001/replay", "evaluator");

            Assert.Equal(HttpStatusCode.TooManyRequests, extra.Status);
            Assert.Equal("busy", extra.ProblemCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, replay.Status);
        }
        foreach (var response in await Task.WhenAll(held))
            using (response)
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get("/audit/events.jsonl", "auditor")).Status);
    }

    [Fact]
    public async Task One_verification_runs_at_a_time()
    {
        await Post("/quartiers", Quartier());
        using var client = Fixture.Client("auditor");
        Task<HttpResponseMessage> first;
        await using (var lockedLog = await LockTheLog())
        {
            first = client.GetAsync("/audit/verification");
            await ReadsWaitingOnTheLog(1);

            var second = await Get("/audit/verification", "auditor");

            Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
        }
        using (var answer = await first)
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get("/audit/verification", "auditor")).Status);
    }

    // A transaction holding the log's table: every read of it waits until it is disposed.
    private static async Task<NpgsqlConnection> LockTheLog()
    {
        var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("begin; lock table conseils.mt_events in access exclusive mode", connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task ReadsWaitingOnTheLog(int count)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await using var command = new NpgsqlCommand(
                "select count(*) from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'mt_events' and not l.granted", connection);
            var waiting = Convert.ToInt32(await command.ExecuteScalarAsync());
            if (waiting >= count)
                return;
            Assert.True(DateTime.UtcNow < deadline, $"{waiting} reads wait on the log, not {count}");
            await Task.Delay(50);
        }
    }
}
