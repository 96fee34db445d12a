using System.Net;
using ConseilsCitoyens.Projections.Maintenance;
using Marten;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Audit;

public class VerifyingTheLog(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<long> GivenASealedLog()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post(MembersOf(CouncilId), Resident());
        Assert.Equal(3, (await Post("/audit/seals", "")).Json.GetProperty("sealed").GetInt32());
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        return (await session.Events.FetchStreamAsync(CouncilId)).Last().Sequence;
    }

    // As a superuser would: through the maintenance path, past the append-only triggers.
    private Task Execute(string sql) => EventLogMaintenance.RunAsync(Fixture.Store, sql);

    [Fact]
    public async Task An_untouched_log_verifies_and_new_events_wait_for_the_sealer()
    {
        await GivenASealedLog();
        await Post($"/councils/{CouncilId}/hosting", new { kind = "hostStructure", hostName = "Centre social", on = "2017-05-01" });

        var verification = (await Get("/audit/verification")).Json;

        Assert.True(verification.GetProperty("intact").GetBoolean());
        Assert.Equal(3, verification.GetProperty("eventsChecked").GetInt64());
        Assert.Equal(1, verification.GetProperty("pending").GetInt64());
        Assert.Equal(HttpStatusCode.OK, (await Post("/audit/seals", "")).Status);
        Assert.Equal(4, (await Get("/audit/verification")).Json.GetProperty("eventsChecked").GetInt64());
    }

    [Fact]
    public async Task An_event_edited_in_the_database_is_named_as_the_first_broken_link()
    {
        var joined = await GivenASealedLog();

        await Execute($"update conseils.mt_events set data = jsonb_set(data, '{{gender}}', '\"male\"') where seq_id = {joined}");

        var verification = (await Get("/audit/verification")).Json;
        Assert.False(verification.GetProperty("intact").GetBoolean());
        Assert.Equal(joined, verification.GetProperty("firstBrokenLink").GetProperty("sequence").GetInt64());
        Assert.Equal(CouncilId, verification.GetProperty("firstBrokenLink").GetProperty("streamId").GetGuid());
    }

    [Fact]
    public async Task A_deleted_event_is_found_missing()
    {
        var joined = await GivenASealedLog();

        await Execute($"delete from conseils.mt_events where seq_id = {joined}");

        var link = (await Get("/audit/verification")).Json.GetProperty("firstBrokenLink");
        Assert.Equal(joined, link.GetProperty("sequence").GetInt64());
        Assert.Contains("missing", link.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_rewritten_seal_breaks_the_chain_of_checkpoints()
    {
        await GivenASealedLog();

        await Execute("update conseils.audit_checkpoints set hash = sha256('forged'::bytea)");

        Assert.False((await Get("/audit/verification")).Json.GetProperty("intact").GetBoolean());
    }
}
