using System.Net;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Projections.Audit;
using static ConseilsCitoyens.Api.Tests.Infrastructure.HeldTables;
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
        // Read to the end: a stream gives its place back after its last line, once its answer is complete.
        foreach (var response in await Task.WhenAll(held))
            using (response)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains("QP999001", await response.Content.ReadAsStringAsync());
            }
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
}
