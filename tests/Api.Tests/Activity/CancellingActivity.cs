using System.Net;
using static ConseilsCitoyens.Api.Tests.Activity.ActivityScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Activity;

public class CancellingActivity(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task GivenAnEntry()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await GivenTheFacilitator();
        await Post(TimeUrl, Time(3));
    }

    [Fact]
    public async Task A_cancelled_entry_stays_in_the_log_and_no_longer_counts()
    {
        await GivenAnEntry();

        var cancelled = await Post(CancellationUrl(), new { reason = "Doublon" }, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, cancelled.Status);
        Assert.Equal("\"2\"", cancelled.ETag);
        var read = await Get(ActivityUrl);
        var entry = Assert.Single(read.Json.GetProperty("entries").EnumerateArray());
        Assert.True(entry.GetProperty("cancelled").GetBoolean());
        Assert.Equal("Doublon", entry.GetProperty("cancellationReason").GetString());
        Assert.Equal("2018-05-15", entry.GetProperty("cancelledOn").GetString());
        Assert.Equal(0m, read.Json.GetProperty("totals").GetProperty("totalHours").GetDecimal());
    }

    [Fact]
    public async Task A_mobilisation_cancelled_years_later_counts_neither_in_its_years_report_nor_in_the_facilitators_activity()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await GivenTheFacilitator();
        await Post($"/team/{FacilitatorId}/assignments", Team.TeamScenarios.Assignment(CouncilId));
        await Post(MobilisationsUrl, Mobilisation(residentsReached: 25));
        Fixture.Clock.Reset(NodaTime.Instant.FromUtc(2020, 3, 2, 9, 0));

        var cancelled = await Post(CancellationUrl(), new { reason = "Saisie en double" });

        Assert.Equal(HttpStatusCode.OK, cancelled.Status);
        var reached = (await Get($"/councils/{CouncilId}/report?year=2018")).Json.GetProperty("indicators").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString() == "residents-reached");
        Assert.Equal(0m, reached.GetProperty("value").GetDecimal());
        var activity = (await Get($"{ActivityUrl}?from=2018-01-01&to=2018-12-31")).Json;
        Assert.Equal(0, activity.GetProperty("totals").GetProperty("residentsReached").GetInt32());
        Assert.Equal("2018-05-15", activity.GetProperty("entries")[0].GetProperty("cancelledOn").GetString());
    }

    [Fact]
    public async Task Cancelling_again_for_another_reason_breaks_a_rule()
    {
        await GivenAnEntry();
        await Post(CancellationUrl(), new { reason = "Doublon" });

        var same = await Post(CancellationUrl(), new { reason = "Doublon" });
        var other = await Post(CancellationUrl(), new { reason = "Erreur de date" });

        Assert.Equal("\"2\"", same.ETag);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.Status);
        Assert.Equal("activity.entry-already-cancelled", other.ProblemCode);
        Assert.Equal("\"2\"", (await Get(ActivityUrl)).ETag);
    }

    [Fact]
    public async Task Cancelling_an_unknown_entry_is_not_found()
    {
        await GivenAnEntry();

        Assert.Equal(HttpStatusCode.NotFound, (await Post(CancellationUrl(Guid.NewGuid()), new { reason = "Doublon" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/team/{Guid.NewGuid()}/activity/{EntryId}/cancellation", new { reason = "Doublon" })).Status);
    }

    [Fact]
    public async Task A_cancellation_without_a_reason_is_a_400()
    {
        await GivenAnEntry();

        Assert.Equal(HttpStatusCode.BadRequest, (await Post(CancellationUrl(), new { reason = "" })).Status);
        Assert.Equal("\"1\"", (await Get(ActivityUrl)).ETag);
    }

    [Fact]
    public async Task A_stale_if_match_on_a_cancellation_is_refused_with_412()
    {
        await GivenAnEntry();
        await Post(TimeUrl, Time(2, entryId: Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Post(CancellationUrl(), new { reason = "Doublon" }, ifMatch: "\"1\"")).Status);
        Assert.Equal("\"2\"", (await Get(ActivityUrl)).ETag);
    }

    [Fact]
    public async Task The_activity_of_a_facilitator_without_entries_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/team/{Guid.NewGuid()}/activity")).Status);
}
