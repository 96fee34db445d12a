using ConseilsCitoyens.Domain.Audit;

namespace ConseilsCitoyens.Domain.Tests.Audit;

public class SealingTheLog
{
    private static readonly LoggedEvent Event = new(42, Guid.Parse("0190c1a0-0000-7000-8000-000000000001"), 3, "member_joined",
        new DateTimeOffset(2018, 6, 30, 10, 0, 0, TimeSpan.Zero), """{"gender": "female"}""", "paris");

    [Fact]
    public void The_same_event_after_the_same_seal_always_seals_the_same() =>
        Assert.Equal(SealChain.Seal([1, 2], Event), SealChain.Seal([1, 2], Event));

    [Fact]
    public void Any_change_of_the_event_or_of_its_predecessor_changes_the_seal()
    {
        var seal = SealChain.Seal([1, 2], Event);

        Assert.NotEqual(seal, SealChain.Seal([1, 3], Event));
        Assert.NotEqual(seal, SealChain.Seal([1, 2], Event with { Payload = """{"gender": "male"}""" }));
        Assert.NotEqual(seal, SealChain.Seal([1, 2], Event with { Version = 4 }));
        Assert.NotEqual(seal, SealChain.Seal([1, 2], Event with { City = "lyon" }));
        Assert.NotEqual(seal, SealChain.Seal([1, 2], Event with { Sequence = 43 }));
        Assert.NotEqual(seal, SealChain.Seal([1, 2], Event with { Timestamp = Event.Timestamp.AddTicks(10) }));
    }

    [Fact]
    public void A_checkpoint_covers_its_seals_in_order_and_the_previous_checkpoint()
    {
        byte[] a = [1], b = [2];

        Assert.NotEqual(SealChain.Checkpoint(null, 2, [a, b]), SealChain.Checkpoint(null, 2, [b, a]));
        Assert.NotEqual(SealChain.Checkpoint(null, 2, [a, b]), SealChain.Checkpoint([9], 2, [a, b]));
    }
}
