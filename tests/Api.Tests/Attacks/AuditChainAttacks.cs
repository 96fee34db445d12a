using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>The database's owner rewrites the log in SQL; GET /audit/verification names the first broken link.</summary>
public class AuditChainAttacks(ApiFixture fixture) : AuditChainAttack(fixture)
{
    [Fact]
    public async Task Editing_an_event_s_payload()
    {
        await GivenASealedLog();

        await AsTheDatabaseOwner("update conseils.mt_events set data = jsonb_set(data, '{gender}', '\"male\"') where seq_id = 3");

        await ThenBrokenAt(3, "differs from what was sealed");
    }

    [Theory]
    [InlineData("user_name = 'someone-else'")]
    [InlineData("headers = jsonb_set(headers, '{role}', '\"coordinator\"')")]
    [InlineData("correlation_id = 'another-request'")]
    [InlineData("timestamp = timestamp - interval '1 year'")]
    public async Task Editing_who_recorded_an_event_or_when(string change)
    {
        await GivenASealedLog();

        await AsTheDatabaseOwner($"update conseils.mt_events set {change} where seq_id = 2");

        await ThenBrokenAt(2, "differs from what was sealed");
    }

    [Fact]
    public async Task Deleting_the_newest_sealed_event()
    {
        await GivenASealedLog();

        await AsTheDatabaseOwner($"delete from conseils.mt_events where seq_id = 3; update conseils.mt_streams set version = 1 where id = '{CouncilId}'");

        await ThenBrokenAt(3, "sealed event is missing");
    }

    [Fact]
    public async Task Deleting_an_event_s_seal_alone()
    {
        await GivenASealedLog();

        await AsTheDatabaseOwner("delete from conseils.audit_seals where seq_id = 2");

        await ThenBrokenAt(2, "never sealed");
    }

    [Fact]
    public async Task Rewriting_a_checkpoint()
    {
        await GivenASealedLog();

        await AsTheDatabaseOwner("update conseils.audit_checkpoints set hash = sha256('forged'::bytea)");

        await ThenBrokenAt(3, "Checkpoint 1 does not match its seals");
    }

    [Fact]
    public async Task Deleting_an_unsealed_event_between_two_others()
    {
        await GivenASealedLog();
        var deleted = await GivenAnotherMember(1);
        await GivenAnotherMember(2);
        var next = await Scalar($"select min(seq_id) from conseils.mt_events where stream_id = '{CouncilId}' and seq_id > {deleted}");

        await AsTheDatabaseOwner($"delete from conseils.mt_events where seq_id = {deleted}");

        await ThenBrokenAt(next, "the events between are missing");
    }

    [Fact]
    public async Task Deleting_the_last_unsealed_event()
    {
        await GivenASealedLog();
        var deleted = await GivenAnotherMember(1);

        await AsTheDatabaseOwner($"delete from conseils.mt_events where seq_id = {deleted}");

        await ThenBrokenAt(3, "its last events were deleted");
    }

    [Fact]
    public async Task Inserting_an_event_with_an_old_timestamp()
    {
        await GivenASealedLog();

        await AsTheDatabaseOwner($$"""
            insert into conseils.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, is_archived, user_name, headers)
            select nextval('conseils.mt_events_sequence'), gen_random_uuid(), stream_id, 3, data, type, '2017-04-03', tenant_id, false, user_name, headers
              from conseils.mt_events where seq_id = 3;
            update conseils.mt_streams set version = 3 where id = '{{CouncilId}}'
            """);

        await ThenBrokenAt(4, "back-dated");
    }

    [Fact]
    public async Task Inserting_an_event_into_the_sealed_past()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        // A number drawn by a transaction that rolled back: a gap below what gets sealed.
        var gap = await Scalar("select nextval('conseils.mt_events_sequence')");
        await Post(MembersOf(CouncilId), Resident());
        await Seal();
        var stream = Guid.NewGuid();

        await AsTheDatabaseOwner($$"""
            insert into conseils.mt_streams (tenant_id, id, type, version) values ('paris', '{{stream}}', 'council', 1);
            insert into conseils.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, is_archived)
            values ({{gap}}, gen_random_uuid(), '{{stream}}', 1, '{}', 'council_created', now() - interval '1 second', 'paris', false)
            """);

        var verification = await Verification();
        Assert.False(verification.GetProperty("intact").GetBoolean());
        Assert.Equal(gap, verification.GetProperty("firstBrokenLink").GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task Deleting_an_event_its_seal_and_every_later_seal_and_checkpoint_passes_without_an_anchor()
    {
        await GivenASealedLog();

        await AsTheDatabaseOwner("""
            update conseils.mt_events set data = jsonb_set(data, '{gender}', '"male"') where seq_id = 3;
            delete from conseils.audit_seals;
            delete from conseils.audit_checkpoints
            """);

        // What the owner can always do: roll the seals back and let the sealer seal the forgery.
        // Only an anchor kept outside the database shows it (AuditChainAfterAnAnchor).
        Assert.Equal(3, await Seal());
        await ThenIntact();
    }
}
