using System.Net;
using System.Net.Http.Json;
using ConseilsCitoyens.Api.Audit;
using ConseilsCitoyens.Projections;
using Marten;
using JasperFx.Events;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Audit;

/// <summary>The log as the sealer leaves it; what an attacker does to it is in Attacks/AuditChain*.</summary>
public class VerifyingTheLog(ApiFixture fixture) : ApiTest(fixture)
{
    public sealed record NoteTaken(string Note);

    private async Task GivenASealedLog()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post(MembersOf(CouncilId), Resident());
        Assert.Equal(3, (await Post("/audit/seals", "")).Json.GetProperty("sealed").GetInt32());
    }

    [Fact]
    public async Task An_untouched_log_verifies_and_new_events_wait_for_the_sealer()
    {
        await GivenASealedLog();
        await Post($"/councils/{CouncilId}/hosting", new { kind = "hostStructure", hostName = "Centre social", on = "2017-05-01" });

        var verification = (await Get("/audit/verification")).Json;

        Assert.True(verification.GetProperty("intact").GetBoolean());
        Assert.Equal(3, verification.GetProperty("eventsChecked").GetInt64());
        Assert.Equal(1, verification.GetProperty("pending").GetInt64());
        Assert.Equal(3, verification.GetProperty("sealedUpTo").GetInt64());
        Assert.Equal(HttpStatusCode.OK, (await Post("/audit/seals", "")).Status);
        Assert.Equal(4, (await Get("/audit/verification")).Json.GetProperty("eventsChecked").GetInt64());
    }

    [Fact]
    public async Task Sealing_while_writers_commit_out_of_order_leaves_no_event_behind_the_mark()
    {
        var sealer = Fixture.Host.Services.GetRequiredService<AuditSealer>();
        using var writing = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 6).Select(writer => Task.Run(async () =>
        {
            using var client = Fixture.Client();
            for (var i = 0; i < 15; i++)
                using (var answer = await client.PostAsJsonAsync("/quartiers", Quartier($"QP999{writer}{i:d2}", $"Quartier {writer}-{i}")))
                    answer.EnsureSuccessStatusCode();
        })).ToArray();
        var passes = 0;
        while (!writers.All(w => w.IsCompleted))
        {
            await sealer.SealAsync(CancellationToken.None);
            passes++;
        }
        await Task.WhenAll(writers);
        await sealer.SealAsync(CancellationToken.None);

        var verification = (await Get("/audit/verification")).Json;
        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.ToString());
        Assert.Equal(90, verification.GetProperty("eventsChecked").GetInt64());
        Assert.Equal(0, verification.GetProperty("pending").GetInt64());
        Assert.True(passes > 1);
    }

    [Fact]
    public async Task An_event_numbered_before_the_horizon_was_found_and_inserted_while_the_sealer_seals_is_not_left_behind_the_mark()
    {
        var sealer = Fixture.Host.Services.GetRequiredService<AuditSealer>();
        await Post("/quartiers", Quartier("QP999001"));
        await using var watcher = await Connect();
        await using var writersHeld = await Connect();
        await using var holdingWriters = await writersHeld.BeginTransactionAsync();
        await Run(writersHeld, "lock table conseils.mt_streams in share mode");
        // Marten's rich append draws event 2's number in a statement of its own, then waits here to insert it.
        await using var rich = new RichAppendStore(Fixture.Store);
        await using var session = rich.Store.LightweightSession(ApiFixture.City);
        session.Events.StartStream(Guid.NewGuid(), new NoteTaken("slow"));
        var slowWriter = session.SaveChangesAsync();
        await UntilSomeoneWaitsFor(watcher, "conseils.mt_streams");

        // The sealer finds its horizon (2: no transaction holds the sequence) and waits to write its seals...
        await using var sealerHeld = await Connect();
        await using var holdingSealer = await sealerHeld.BeginTransactionAsync();
        await Run(sealerHeld, "lock table conseils.audit_seals in share mode");
        var sealing = sealer.SealAsync(CancellationToken.None);
        await UntilSomeoneWaitsFor(watcher, "conseils.audit_seals");
        // ...while the writer inserts its event and commits.
        await holdingWriters.CommitAsync();
        await slowWriter;
        await holdingSealer.CommitAsync();
        Assert.Equal(1, (await sealing).Events);

        var verification = (await Get("/audit/verification")).Json;
        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.ToString());
        Assert.Equal(1, verification.GetProperty("pending").GetInt64());
        Assert.Equal(1, (await sealer.SealAsync(CancellationToken.None)).Events);
        Assert.Equal(2, (await Get("/audit/verification")).Json.GetProperty("eventsChecked").GetInt64());
    }

    private async Task<NpgsqlConnection> Connect()
    {
        var connection = (NpgsqlConnection)Fixture.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        return connection;
    }

    private static async Task Run(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task UntilSomeoneWaitsFor(NpgsqlConnection watcher, string table)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        await using var waiting = new NpgsqlCommand($"select exists (select from pg_locks where relation = '{table}'::regclass and not granted)", watcher);
        while (!(bool)(await waiting.ExecuteScalarAsync())!)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Nothing waited for {table}.");
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task A_wiped_log_is_not_sealed_up_to_a_horizon_found_before_the_wipe()
    {
        var sealer = Fixture.Host.Services.GetRequiredService<AuditSealer>();
        // The sealer's last pass found every event up to 3 final, then the log is wiped under it.
        await GivenASealedLog();
        await WipeTheStore();
        // A writer that drew event 1 of the new log and has not committed yet.
        await using var connection = (NpgsqlConnection)Fixture.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var slowWriter = await connection.BeginTransactionAsync();
        var enlisted = SessionOptions.ForTransaction(slowWriter);
        enlisted.TenantId = ApiFixture.City;
        await using (var session = Fixture.Store.LightweightSession(enlisted))
        {
            session.Events.StartStream(Guid.NewGuid(), new NoteTaken("slow"));
            await session.SaveChangesAsync();
        }
        await Post("/quartiers", Quartier("QP999002"));
        await Post("/quartiers", Quartier("QP999003"));

        // The sequence is back at 3, but that horizon was the wiped log's: event 1 is still on its way.
        Assert.Equal(0, (await sealer.SealAsync(CancellationToken.None)).Events);
        await slowWriter.CommitAsync();
        Assert.Equal(3, (await sealer.SealAsync(CancellationToken.None)).Events);

        var verification = (await Get("/audit/verification")).Json;
        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.ToString());
        Assert.Equal(3, verification.GetProperty("eventsChecked").GetInt64());
    }
}
