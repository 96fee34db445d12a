using ConseilsCitoyens.Domain.Activity;
using static ConseilsCitoyens.Domain.Tests.Activity.ActivityFixtures;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Activity;

public class CancellingEntries
{
    private static readonly ActivityLog Log = GivenLog(TimeRecorded(Time()));

    [Fact]
    public void A_cancellation_is_dated_with_the_business_date_of_the_entry_it_corrects()
    {
        var mobilisation = GivenLog(MobilisationRecorded(Mobilisation()));

        // Whenever it is recorded (two years later, say), the cancellation is dated with the entry.
        var events = ActivityDecider.Cancel(mobilisation, new CancelActivityEntry(EntryId, " Doublon "));

        ThenEvents(events, new ActivityEntryCancelled(LogId, FacilitatorId, EntryId, "Doublon", Tuesday));
        Assert.False(GivenLog([MobilisationRecorded(Mobilisation()), .. events]).FindEntry(EntryId)!.Counts);
    }

    [Fact]
    public void Cancelling_again_for_the_same_reason_appends_nothing() =>
        ThenEvents(ActivityDecider.Cancel(GivenLog(TimeRecorded(Time()), new ActivityEntryCancelled(LogId, FacilitatorId, EntryId, "Doublon", Today)),
            new CancelActivityEntry(EntryId, "Doublon")));

    [Fact]
    public void An_entry_is_cancelled_once() =>
        ThenRejected("activity.entry-already-cancelled", () => ActivityDecider.Cancel(
            GivenLog(TimeRecorded(Time()), new ActivityEntryCancelled(LogId, FacilitatorId, EntryId, "Doublon", Today)),
            new CancelActivityEntry(EntryId, "Autre raison")));

    [Fact]
    public void A_cancellation_says_why() =>
        ThenRejected("activity.cancellation-reason-required", () => ActivityDecider.Cancel(Log, new CancelActivityEntry(EntryId, " ")));

    [Fact]
    public void An_unknown_entry_cannot_be_cancelled() =>
        ThenRejected("activity.entry-unknown", () => ActivityDecider.Cancel(Log, new CancelActivityEntry(Entry(9), "Doublon")));
}
