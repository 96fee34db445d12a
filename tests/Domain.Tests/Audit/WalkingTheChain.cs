using ConseilsCitoyens.Domain.Audit;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Audit;

/// <summary>Given a sealed log / when someone who owns the tables changes it / then the walk names the first broken link.</summary>
public class WalkingTheChain
{
    private static readonly Guid Council = Guid.Parse("0190c1a0-0000-7000-8000-000000000001");
    private static readonly Guid Meeting = Guid.Parse("0190c1a0-0000-7000-8000-000000000002");

    private static SealedLog GivenASealedLog()
    {
        var log = new SealedLog();
        log.Append(Council);
        log.Append(Meeting);
        log.Append(Council);
        log.Seal();
        return log;
    }

    private static void ThenBroken(BrokenLink? link, long sequence, string reason)
    {
        Assert.NotNull(link);
        Assert.Equal(sequence, link.Sequence);
        Assert.Contains(reason, link.Reason);
    }

    [Fact]
    public void An_untouched_log_is_intact_and_what_follows_the_last_checkpoint_is_pending()
    {
        var log = GivenASealedLog();
        log.Append(Council);

        Assert.Null(log.Walk(out var walk));
        Assert.Equal(3, walk.EventsChecked);
        Assert.Equal(1, walk.Pending);
        Assert.Equal(3, walk.SealedUpTo);
        Assert.Equal(1, walk.CheckpointsChecked);
    }

    [Fact]
    public void Gaps_left_by_rolled_back_transactions_are_not_breaks()
    {
        var log = new SealedLog();
        log.Append(Council);
        log.SkipANumber();
        log.Append(Council);
        log.Seal();
        log.SkipANumber();
        log.Append(Meeting);
        log.Seal();

        Assert.Null(log.Walk());
    }

    [Fact]
    public void An_edited_payload_is_the_first_broken_link()
    {
        var log = GivenASealedLog();

        log[2] = log[2] with { Payload = """{"gender": "male"}""" };

        ThenBroken(log.Walk(), 2, "differs from what was sealed");
    }

    [Fact]
    public void An_edited_actor_breaks_the_chain_too()
    {
        var log = GivenASealedLog();

        log[3] = log[3] with { Actor = log[3].Actor with { Headers = """{"role": "administrator"}""" } };

        ThenBroken(log.Walk(), 3, "differs from what was sealed");
    }

    [Fact]
    public void A_deleted_sealed_event_is_missing()
    {
        var log = GivenASealedLog();

        log.Delete(2);

        ThenBroken(log.Walk(), 2, "sealed event is missing");
    }

    [Fact]
    public void An_event_whose_seal_alone_was_deleted_is_below_the_mark_and_never_sealed()
    {
        var log = GivenASealedLog();

        log.DeleteSeal(2);

        ThenBroken(log.Walk(), 2, "below the sealed high-water mark");
    }

    [Fact]
    public void An_event_inserted_into_a_gap_below_the_mark_is_never_sealed()
    {
        var log = new SealedLog();
        log.Append(Council);
        var gap = log.SkipANumber();
        log.Append(Council);
        log.Seal();

        log[gap] = log[1] with { Sequence = gap, StreamId = Meeting, Version = 1, Timestamp = log.Clock };
        log.SetStreamVersion(Meeting, 1);

        ThenBroken(log.Walk(), gap, "below the sealed high-water mark");
    }

    [Fact]
    public void An_unsealed_event_deleted_between_two_others_of_its_stream_leaves_a_version_gap()
    {
        var log = GivenASealedLog();
        log.Append(Council);
        var last = log.Append(Council);

        log.Delete(last.Sequence - 1);

        ThenBroken(log.Walk(), last.Sequence, "goes from version 2 to 4");
    }

    [Fact]
    public void An_unsealed_last_event_deleted_leaves_its_stream_ahead_of_the_log()
    {
        var log = GivenASealedLog();
        var last = log.Append(Council);

        log.Delete(last.Sequence);

        ThenBroken(log.Walk(), 3, "only up to version 2");
    }

    [Fact]
    public void An_event_inserted_after_a_checkpoint_with_an_old_time_is_back_dated()
    {
        var log = GivenASealedLog();
        var inserted = log.Append(Meeting);

        log[inserted.Sequence] = inserted with { Timestamp = Instant.FromUtc(2017, 1, 1, 0, 0) };

        ThenBroken(log.Walk(), inserted.Sequence, "back-dated");
    }

    [Fact]
    public void An_event_inserted_within_a_horizon_after_its_checkpoint_is_in_the_sealed_past()
    {
        var log = new SealedLog();
        log.Append(Council);
        var gap = log.SkipANumber();
        log.Seal(upTo: 1);

        log[gap] = log[1] with { Sequence = gap, StreamId = Meeting, Version = 1, Timestamp = log.Clock + Duration.FromMinutes(5) };
        log.SetStreamVersion(Meeting, 1);

        ThenBroken(log.Walk(), gap, "into the sealed past");
    }

    [Fact]
    public void A_rewritten_checkpoint_does_not_match_its_seals()
    {
        var log = GivenASealedLog();

        log.RewriteCheckpoint(1, c => c with { Hash = [9, 9, 9] });

        ThenBroken(log.Walk(), 3, "Checkpoint 1 does not match its seals");
    }

    [Fact]
    public void A_seal_left_without_its_checkpoint_is_covered_by_none()
    {
        var log = GivenASealedLog();

        log.DeleteCheckpoint(1);

        ThenBroken(log.Walk(), 1, "no checkpoint covers it");
    }

    [Fact]
    public void A_checkpoint_deleted_inside_the_chain_is_missing()
    {
        var log = GivenASealedLog();
        log.Append(Council);
        log.Seal();
        log.Append(Council);
        log.Seal();

        log.DeleteCheckpoint(2);

        ThenBroken(log.Walk(), log.Checkpoints[1].UpTo, "Checkpoint 2 is missing");
    }

    [Fact]
    public void Without_an_anchor_a_log_rolled_back_to_an_earlier_checkpoint_still_verifies()
    {
        var log = GivenASealedLog();
        var dropped = log.Append(Council);
        log.Seal();

        log.TruncateFrom(dropped.Sequence);

        Assert.Null(log.Walk());
    }

    [Fact]
    public void With_an_anchor_a_log_rolled_back_before_it_ends_before_the_anchor()
    {
        var log = GivenASealedLog();
        var dropped = log.Append(Council);
        var anchor = AuditAnchor.Of(SealedLog.Key, log.Seal());

        log.TruncateFrom(dropped.Sequence);

        ThenBroken(log.Walk(anchor), anchor.Sequence, "ends before anchor 2");
    }

    [Fact]
    public void With_an_anchor_a_forgery_sealed_again_after_its_seals_were_dropped_differs_from_the_anchor()
    {
        var log = GivenASealedLog();
        var anchor = AuditAnchor.Of(SealedLog.Key, log.Checkpoints[0]);

        log[3] = log[3] with { Payload = """{"gender": "male"}""" };
        log.DropSealsFrom(3);
        log.Seal();

        Assert.Null(log.Walk());
        ThenBroken(log.Walk(anchor), 3, "differs from its anchor");
    }

    [Fact]
    public void An_anchor_the_log_still_holds_is_matched()
    {
        var log = GivenASealedLog();
        var anchor = AuditAnchor.Of(SealedLog.Key, log.Checkpoints[0]);
        log.Append(Council);
        log.Seal();

        Assert.Null(log.Walk(out var walk, anchor));
        Assert.Equal(1, walk.AnchorsChecked);
    }
}
