using System.Net;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Projections.Audit;
using Npgsql;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>
/// Streamed answers and the log's verification hold a pooled connection while they run: a caller
/// opens many of them (reading slowly, or against a log that takes long to read) to exhaust the
/// pool. Here the table they read is locked so that every read waits, as a slow one would.
/// </summary>
public class HoldingLongReadsOpen(ApiFixture fixture) : AttackTest(fixture)
{
    [Fact]
    public async Task Streams_beyond_the_bound_are_refused_with_429_until_one_ends()
    {
        await Post("/quartiers", Quartier());
        using var client = Fixture.Client("auditor");
        Task<HttpResponseMessage>[] held;
        await using (var lockedLog = await Lock("mt_events"))
        {
            held = Enumerable.Range(0, LongReads.DefaultMaxConcurrent)
                .Select(_ => client.GetAsync("/audit/events.jsonl", HttpCompletionOption.ResponseHeadersRead)).ToArray();
            // The export's own statement (the projections' daemon may wait on the log too).
            await Waiting("mt_events", "e.headers->>'onBehalfOf'", LongReads.DefaultMaxConcurrent);

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
        // Only the verification (and the sealer, off in tests) reads the seals.
        await using (var lockedSeals = await Lock(AuditTables.Seals))
        {
            first = client.GetAsync("/audit/verification");
            await Waiting(AuditTables.Seals, null, 1);

            var second = await Get("/audit/verification", "auditor");

            Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
        }
        using (var answer = await first)
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get("/audit/verification", "auditor")).Status);
    }

    // A transaction holding the table: every read of it waits until it is disposed.
    private static async Task<NpgsqlConnection> Lock(string table)
    {
        var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"begin; lock table conseils.{table} in access exclusive mode", connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task Waiting(string table, string? statement, int count)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await using var command = new NpgsqlCommand("""
                select count(*) from pg_locks l join pg_class c on c.oid = l.relation join pg_stat_activity a on a.pid = l.pid
                where c.relname = @table and not l.granted and (@statement::text is null or strpos(a.query, @statement) > 0)
                """, connection);
            command.Parameters.AddWithValue("table", table);
            command.Parameters.AddWithValue("statement", (object?)statement ?? DBNull.Value);
            var waiting = Convert.ToInt32(await command.ExecuteScalarAsync());
            if (waiting >= count)
                return;
            Assert.True(DateTime.UtcNow < deadline, $"{waiting} reads wait on {table}, not {count}");
            await Task.Delay(50);
        }
    }
}
