using System.Text.Json;
using ConseilsCitoyens.Api.Tests.Infrastructure;
using Marten;
using Npgsql;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>
/// What the attacks on the audit chain share: a sealed log, SQL run as the database's owner (who
/// may switch the triggers off, and does), the verification over HTTP and on the command line,
/// and anchors kept outside the database as an auditor keeps them.
/// </summary>
public abstract class AuditChainAttack(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] ProtectedTables = ["mt_events", "audit_seals", "audit_checkpoints"];

    /// <summary>A quartier, a council and a member: events 1, 2 and 3, sealed (the council's stream holds 2 and 3).</summary>
    protected async Task GivenASealedLog()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post(MembersOf(CouncilId), Resident());
        Assert.Equal(3, await Seal());
    }

    protected async Task<int> Seal() => (await Post("/audit/seals", "")).Json.GetProperty("sealed").GetInt32();

    /// <summary>Records one more event in the council's stream and answers its sequence number.</summary>
    protected async Task<long> GivenAnotherMember(int n)
    {
        await Post(MembersOf(CouncilId), Resident(memberId: Guid.Parse($"0190c1a0-0000-7000-8000-0000000001{n:d2}")));
        return await Scalar($"select max(seq_id) from conseils.mt_events");
    }

    /// <summary>As the tables' owner: the triggers off for the time of the statements, in one transaction.</summary>
    protected async Task AsTheDatabaseOwner(string sql)
    {
        var off = string.Join("\n", ProtectedTables.Select(t => $"alter table conseils.{t} disable trigger user;"));
        var on = string.Join("\n", ProtectedTables.Select(t => $"alter table conseils.{t} enable trigger user;"));
        await Execute($"begin;\n{off}\n{sql};\n{on}\ncommit;");
    }

    protected async Task<long> Scalar(string sql)
    {
        await using var connection = await Open();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    protected async Task<JsonElement> Verification()
    {
        var verification = (await Get("/audit/verification", role: "auditor")).Json;
        return verification;
    }

    protected async Task ThenBrokenAt(long sequence, string reason)
    {
        var verification = await Verification();
        Assert.False(verification.GetProperty("intact").GetBoolean(), verification.ToString());
        var link = verification.GetProperty("firstBrokenLink");
        Assert.Equal(sequence, link.GetProperty("sequence").GetInt64());
        Assert.Contains(reason, link.GetProperty("reason").GetString());
    }

    protected async Task ThenIntact() =>
        Assert.True((await Verification()).GetProperty("intact").GetBoolean());

    /// <summary>The latest checkpoint as GET /audit/anchor answers it, kept in a file outside the database.</summary>
    protected async Task<string> KeepAnAnchor()
    {
        var answer = await Get("/audit/anchor", role: "auditor");
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.Status);
        var file = Path.Combine(Path.GetTempPath(), $"anchors-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(file, answer.Body.Trim() + "\n");
        return file;
    }

    protected static async Task<ProcessRun> VerifyAgainst(string anchors) => await ApiProcess.Run("audit-verify", "--anchor", anchors);

    private async Task Execute(string sql)
    {
        await using var connection = await Open();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<NpgsqlConnection> Open()
    {
        var connection = (NpgsqlConnection)Fixture.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        return connection;
    }
}
