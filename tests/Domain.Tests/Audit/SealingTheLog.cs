using ConseilsCitoyens.Domain.Audit;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Audit;

public class SealingTheLog
{
    private static readonly LoggedEvent Event = new(42, Guid.Parse("0190c1a0-0000-7000-8000-0000000000e1"), "paris",
        Guid.Parse("0190c1a0-0000-7000-8000-000000000001"), 3, "member_joined", "ConseilsCitoyens.Domain.Councils.MemberJoined",
        Instant.FromUtc(2018, 6, 30, 10, 0), """{"gender": "female"}""", null, false,
        new EventActor("coordinator-7", "corr-123", "join-1", """{"role": "coordinator", "commandId": "join-1", "onBehalfOf": "council-18e"}"""));

    private static byte[] Seal(LoggedEvent e, SealKey? key = null) => SealChain.Seal(key ?? SealedLog.Key, [1, 2], e);

    [Fact]
    public void The_same_event_after_the_same_seal_always_seals_the_same() =>
        Assert.Equal(Seal(Event), Seal(Event));

    [Fact]
    public void Any_change_of_the_event_of_who_recorded_it_or_of_its_predecessor_changes_the_seal()
    {
        var seal = Seal(Event);

        Assert.NotEqual(seal, SealChain.Seal(SealedLog.Key, [1, 3], Event));
        LoggedEvent[] changed =
        [
            Event with { Payload = """{"gender": "male"}""" },
            Event with { Version = 4 },
            Event with { City = "lyon" },
            Event with { Sequence = 43 },
            Event with { EventId = Guid.NewGuid() },
            Event with { StreamId = Guid.NewGuid() },
            Event with { Type = "member_left" },
            Event with { DotnetType = "Other" },
            Event with { Timestamp = Event.Timestamp + Duration.FromTicks(10) },
            Event with { BinaryPayload = [0] },
            Event with { Archived = true },
            Event with { Actor = Event.Actor with { UserName = "someone-else" } },
            Event with { Actor = Event.Actor with { CorrelationId = "corr-124" } },
            Event with { Actor = Event.Actor with { CausationId = null } },
            Event with { Actor = Event.Actor with { Headers = """{"role": "administrator", "commandId": "join-1", "onBehalfOf": "council-18e"}""" } },
        ];
        Assert.All(changed, e => Assert.NotEqual(seal, Seal(e)));
    }

    [Fact]
    public void No_field_can_lend_its_bytes_to_the_next() =>
        Assert.NotEqual(
            Seal(Event with { Actor = Event.Actor with { UserName = "a|b", CorrelationId = "c" } }),
            Seal(Event with { Actor = Event.Actor with { UserName = "a", CorrelationId = "b|c" } }));

    [Fact]
    public void Without_the_key_the_seal_cannot_be_made_again() =>
        Assert.NotEqual(Seal(Event), Seal(Event, new SealKey("another-key-of-at-least-thirty-two-bytes"u8.ToArray())));

    [Fact]
    public void A_key_shorter_than_32_bytes_is_refused() =>
        Assert.Throws<ArgumentException>(() => new SealKey("short"u8.ToArray()));

    [Fact]
    public void A_checkpoint_covers_its_seals_in_order_the_previous_checkpoint_and_its_horizon()
    {
        byte[] a = [1], b = [2];
        var horizon = new Horizon(2, Event.Timestamp);
        byte[] Checkpoint(byte[]? previous, Horizon h, params byte[][] seals) =>
            SealChain.Checkpoint(SealedLog.Key, previous, 1, 2, h, Event.Timestamp, seals);

        Assert.NotEqual(Checkpoint(null, horizon, a, b), Checkpoint(null, horizon, b, a));
        Assert.NotEqual(Checkpoint(null, horizon, a, b), Checkpoint([9], horizon, a, b));
        Assert.NotEqual(Checkpoint(null, horizon, a, b), Checkpoint(null, horizon with { Sequence = 3 }, a, b));
    }

    [Fact]
    public void An_anchor_is_signed_with_the_key_and_matches_only_its_checkpoint()
    {
        var log = new SealedLog();
        log.Append(Guid.NewGuid());
        var checkpoint = log.Seal();

        var anchor = AuditAnchor.Of(SealedLog.Key, checkpoint);

        Assert.True(anchor.IsSignedBy(SealedLog.Key));
        Assert.False(anchor.IsSignedBy(new SealKey("another-key-of-at-least-thirty-two-bytes"u8.ToArray())));
        Assert.False((anchor with { Sequence = 99 }).IsSignedBy(SealedLog.Key));
        Assert.True(anchor.Matches(checkpoint));
        Assert.False(anchor.Matches(checkpoint with { Hash = [1, 2, 3] }));
    }

    [Fact]
    public void Two_sealers_horizons_join_into_the_further_sequence_from_the_later_instant()
    {
        var early = new Horizon(10, Event.Timestamp + Duration.FromSeconds(2));
        var late = new Horizon(12, Event.Timestamp);

        Assert.Equal(new Horizon(12, Event.Timestamp + Duration.FromSeconds(2)), early.Join(late));
    }
}
