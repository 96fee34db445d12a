using ConseilsCitoyens.Api.Tests.Infrastructure;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>
/// The attacks that leave a log consistent in itself — rolled back, truncated, or rewritten and
/// sealed again — shown by audit-verify --anchor against anchors kept outside the database.
/// </summary>
public class AuditChainAfterAnAnchor(ApiFixture fixture) : AuditChainAttack(fixture)
{
    [Fact]
    public async Task An_untouched_log_holds_every_anchor()
    {
        await GivenASealedLog();
        var anchors = await KeepAnAnchor();
        await Post($"/councils/{CouncilId}/hosting", new { kind = "hostStructure", hostName = "Centre social", on = "2017-05-01" });
        var second = await ApiProcess.Run("audit-anchor", "--seal", "--append", anchors);

        var run = await VerifyAgainst(anchors);

        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);
        Assert.Equal(2, File.ReadAllLines(anchors).Length);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("2 anchors matched", run.Stdout);
    }

    [Fact]
    public async Task Rewriting_an_event_then_dropping_its_seals_and_checkpoints_so_that_the_sealer_seals_the_forgery()
    {
        await GivenASealedLog();
        var anchors = await KeepAnAnchor();

        await AsTheDatabaseOwner("""
            update conseils.mt_events set data = jsonb_set(data, '{gender}', '"male"') where seq_id = 3;
            delete from conseils.audit_seals;
            delete from conseils.audit_checkpoints
            """);
        await Seal();
        await ThenIntact();
        var run = await VerifyAgainst(anchors);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Checkpoint 1 differs from its anchor", run.Stderr);
    }

    [Fact]
    public async Task Deleting_the_newest_events_with_their_seals_and_checkpoints()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Seal();
        await Post(MembersOf(CouncilId), Resident());
        await Seal();
        var anchors = await KeepAnAnchor();

        await AsTheDatabaseOwner($"""
            delete from conseils.mt_events where seq_id = 3;
            update conseils.mt_streams set version = 1 where id = '{CouncilId}';
            delete from conseils.audit_seals where seq_id = 3;
            delete from conseils.audit_checkpoints where checkpoint_id = 2
            """);
        await ThenIntact();
        var run = await VerifyAgainst(anchors);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("The log ends before anchor 2", run.Stderr);
    }

    [Fact]
    public async Task Truncating_the_log_after_an_anchor()
    {
        await GivenASealedLog();
        var anchors = await KeepAnAnchor();

        await AsTheDatabaseOwner("truncate conseils.mt_events, conseils.mt_streams, conseils.audit_seals, conseils.audit_checkpoints cascade");
        await ThenIntact();
        var run = await VerifyAgainst(anchors);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("The log ends before anchor 1", run.Stderr);
    }

    [Fact]
    public async Task Forging_an_anchor_without_the_key()
    {
        await GivenASealedLog();
        var anchors = await KeepAnAnchor();
        await File.WriteAllTextAsync(anchors, File.ReadAllText(anchors).Replace("\"sequence\":3", "\"sequence\":2"));

        var run = await VerifyAgainst(anchors);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not an anchor signed with this deployment's seal key", run.Stderr);
    }

    [Fact]
    public async Task Nothing_sealed_yet_has_no_anchor()
    {
        var answer = await Get("/audit/anchor", role: "auditor");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("not-found", answer.ProblemCode);
    }
}
