using ConseilsCitoyens.Projections.Maintenance;
using Marten;
using Npgsql;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Audit;

/// <summary>The API's own connection cannot rewrite the log, its seals or its checkpoints; a maintenance transaction can.</summary>
public class KeepingTheLogAppendOnly(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task GivenALog()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
    }

    private async Task<long> EventCount()
    {
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        return await session.Events.QueryAllRawEvents().CountAsync();
    }

    // As the API does: a session of its store, on its connection and role.
    private async Task<PostgresException> RefusedFromTheApisConnection(string sql)
    {
        await using var session = Fixture.Store.LightweightSession(ApiFixture.City);
        session.QueueSqlCommand(sql);
        var refusal = await Assert.ThrowsAnyAsync<Exception>(() => session.SaveChangesAsync());
        var postgres = refusal as PostgresException ?? Assert.IsType<PostgresException>(refusal.InnerException);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, postgres.SqlState);
        return postgres;
    }

    [Theory]
    [InlineData("update conseils.mt_events set data = jsonb_set(data, '{name}', '\"Conseil falsifié\"')", "UPDATE")]
    [InlineData("delete from conseils.mt_events", "DELETE")]
    [InlineData("truncate table conseils.mt_events", "TRUNCATE")]
    public async Task The_apis_connection_cannot_rewrite_the_events(string sql, string operation)
    {
        await GivenALog();

        var refusal = await RefusedFromTheApisConnection(sql);

        Assert.Contains($"append-only: {operation} refused", refusal.MessageText);
        Assert.Equal(2, await EventCount());
        Assert.StartsWith("Conseil citoyen", (await Get($"/councils/{CouncilId}")).Json.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("update conseils.audit_seals set hash = sha256(hash)", "audit_seals", "UPDATE")]
    [InlineData("delete from conseils.audit_seals", "audit_seals", "DELETE")]
    [InlineData("truncate table conseils.audit_seals", "audit_seals", "TRUNCATE")]
    [InlineData("update conseils.audit_checkpoints set hash = sha256(hash)", "audit_checkpoints", "UPDATE")]
    [InlineData("delete from conseils.audit_checkpoints", "audit_checkpoints", "DELETE")]
    [InlineData("truncate table conseils.audit_checkpoints", "audit_checkpoints", "TRUNCATE")]
    public async Task The_apis_connection_cannot_rewrite_the_seals_or_the_checkpoints(string sql, string table, string operation)
    {
        await GivenALog();
        await Post("/audit/seals", "");

        var refusal = await RefusedFromTheApisConnection(sql);

        Assert.Contains($"conseils.{table} is append-only: {operation} refused", refusal.MessageText);
        Assert.True((await Get("/audit/verification")).Json.GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task Deleting_the_streams_cannot_take_their_events_along()
    {
        await GivenALog();

        // Under conjoined tenancy the events' key to their stream does not cascade: the delete is refused.
        await using var session = Fixture.Store.LightweightSession(ApiFixture.City);
        session.QueueSqlCommand("delete from conseils.mt_streams");
        var refusal = await Assert.ThrowsAnyAsync<Exception>(() => session.SaveChangesAsync());
        var postgres = refusal as PostgresException ?? Assert.IsType<PostgresException>(refusal.InnerException);
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, postgres.SqlState);
        Assert.Equal(2, await EventCount());
    }

    [Fact]
    public async Task The_setting_alone_does_not_open_the_log_outside_a_transaction_that_sets_it()
    {
        await GivenALog();
        await EventLogMaintenance.RunAsync(Fixture.Store, "select 1");

        await RefusedFromTheApisConnection("delete from conseils.mt_events");
    }

    [Fact]
    public async Task A_maintenance_transaction_may_update_delete_and_truncate()
    {
        await GivenALog();

        await EventLogMaintenance.RunAsync(Fixture.Store,
            "update conseils.mt_events set data = jsonb_set(data, '{name}', '\"Conseil renommé\"') where type = 'council_created'");
        Assert.Equal(2, await EventCount());
        await EventLogMaintenance.RunAsync(Fixture.Store, "delete from conseils.mt_events where type = 'council_created'");
        Assert.Equal(1, await EventCount());
        await EventLogMaintenance.RunAsync(Fixture.Store, "truncate table conseils.mt_events cascade");
        Assert.Equal(0, await EventCount());
    }

    [Fact]
    public async Task Appending_is_not_hindered()
    {
        await GivenALog();

        await Post(MembersOf(CouncilId), Resident());

        Assert.Equal(3, await EventCount());
    }
}
