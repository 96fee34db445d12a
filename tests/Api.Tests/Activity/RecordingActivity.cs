using System.Net;
using static ConseilsCitoyens.Api.Tests.Activity.ActivityScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Activity;

public class RecordingActivity(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task GivenACouncil()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await GivenTheFacilitator();
    }

    [Fact]
    public async Task A_first_time_entry_opens_the_log_and_reads_in_the_totals()
    {
        await GivenACouncil();

        var recorded = await Post(TimeUrl, Time(2.5m));

        Assert.Equal(HttpStatusCode.OK, recorded.Status);
        Assert.Equal("\"1\"", recorded.ETag);
        Assert.Empty(recorded.Json.GetProperty("warnings").EnumerateArray());
        var read = await Get(ActivityUrl);
        Assert.Equal("\"1\"", read.ETag);
        var entry = Assert.Single(read.Json.GetProperty("entries").EnumerateArray());
        Assert.Equal("time", entry.GetProperty("type").GetString());
        Assert.Equal(2.5m, read.Json.GetProperty("totals").GetProperty("totalHours").GetDecimal());
    }

    [Fact]
    public async Task Time_on_a_saturday_is_accepted_with_a_warning()
    {
        await GivenACouncil();

        var recorded = await Post(TimeUrl, Time(on: "2018-06-02"));

        Assert.Equal(HttpStatusCode.OK, recorded.Status);
        Assert.Equal("\"2\"", recorded.ETag);
        Assert.Equal("weekend", recorded.Json.GetProperty("warnings")[0].GetProperty("kind").GetString());
        var read = await Get(ActivityUrl);
        Assert.Equal("\"2\"", read.ETag);
        Assert.Equal("weekend", read.Json.GetProperty("entries")[0].GetProperty("nonWorkingDay").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_mobilisation_on_a_public_holiday_is_accepted_with_a_warning()
    {
        await GivenACouncil();

        var recorded = await Post(MobilisationsUrl, Mobilisation(on: "2018-05-10"));

        Assert.Equal(HttpStatusCode.OK, recorded.Status);
        var warning = recorded.Json.GetProperty("warnings")[0];
        Assert.Equal("publicHoliday", warning.GetProperty("kind").GetString());
        Assert.Equal("Ascension", warning.GetProperty("holidayName").GetString());
    }

    [Fact]
    public async Task Totals_add_up_hours_per_kind_and_residents_reached_within_the_range()
    {
        await GivenACouncil();
        await Post(TimeUrl, Time(3));
        await Post(TimeUrl, Time(2, entryId: Guid.NewGuid(), kind: "immersion"));
        await Post(TimeUrl, Time(1, on: "2017-12-04", entryId: Guid.NewGuid()));
        await Post(MobilisationsUrl, Mobilisation(25, 10, entryId: Guid.NewGuid()));
        await Post(MobilisationsUrl, Mobilisation(12, 2, entryId: Guid.NewGuid()));

        var read = await Get($"{ActivityUrl}?from=2018-01-01&to=2018-12-31");

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(4, read.Json.GetProperty("entries").GetArrayLength());
        var totals = read.Json.GetProperty("totals");
        Assert.Equal(5m, totals.GetProperty("totalHours").GetDecimal());
        var byKind = totals.GetProperty("hoursByKind").EnumerateArray().ToDictionary(h => h.GetProperty("kind").GetString()!, h => h.GetProperty("hours").GetDecimal());
        Assert.Equal(3m, byKind["councilSupport"]);
        Assert.Equal(2m, byKind["immersion"]);
        Assert.Equal(0m, byKind["residentMobilisation"]);
        Assert.Equal(37, totals.GetProperty("residentsReached").GetInt32());
        Assert.Equal(12, totals.GetProperty("newResidents").GetInt32());
    }

    [Fact]
    public async Task A_day_over_twelve_hours_breaks_a_rule_and_appends_nothing()
    {
        await GivenACouncil();
        await Post(TimeUrl, Time(8));

        var answer = await Post(TimeUrl, Time(5, entryId: Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("activity.day-over-twelve-hours", answer.ProblemCode);
        Assert.Equal("\"1\"", (await Get(ActivityUrl)).ETag);
    }

    [Fact]
    public async Task New_residents_beyond_those_reached_break_a_rule_and_open_no_log()
    {
        await GivenACouncil();

        var answer = await Post(MobilisationsUrl, Mobilisation(5, 6));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("activity.new-residents-exceed-reached", answer.ProblemCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(ActivityUrl)).Status);
    }

    [Fact]
    public async Task A_retry_with_the_same_entry_id_appends_nothing_and_other_facts_are_refused()
    {
        await GivenACouncil();
        await Post(TimeUrl, Time(3));

        var retry = await Post(TimeUrl, Time(3));
        var other = await Post(TimeUrl, Time(4));

        Assert.Equal(HttpStatusCode.OK, retry.Status);
        Assert.Equal("\"1\"", retry.ETag);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.Status);
        Assert.Equal("activity.entry-already-recorded", other.ProblemCode);
        Assert.Equal("\"1\"", (await Get(ActivityUrl)).ETag);
    }

    [Fact]
    public async Task Time_or_a_mobilisation_for_an_unknown_council_is_not_found()
    {
        await GivenACouncil();

        Assert.Equal(HttpStatusCode.NotFound, (await Post(TimeUrl, Time(councilId: Guid.NewGuid()))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(MobilisationsUrl, Mobilisation(councilId: Guid.NewGuid()))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(ActivityUrl)).Status);
    }

    [Fact]
    public async Task Time_without_a_council_is_recorded()
    {
        await GivenTheFacilitator();
        var recorded = await Post(TimeUrl, """{"on":"2018-05-15","kind":"training","hours":7}""");

        Assert.Equal(HttpStatusCode.OK, recorded.Status);
        Assert.Equal(7m, (await Get(ActivityUrl)).Json.GetProperty("totals").GetProperty("totalHours").GetDecimal());
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412()
    {
        await GivenACouncil();
        await Post(TimeUrl, Time(3));

        var stale = await Post(TimeUrl, Time(2, entryId: Guid.NewGuid()), ifMatch: "\"0\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("\"1\"", (await Get(ActivityUrl)).ETag);
    }

    [Theory]
    [InlineData("/time-entries", """{"on":"2018-05-15","kind":"councilSupport","hours":"3"}""")]
    [InlineData("/time-entries", """{"on":"2018-05-15","kind":"gardening","hours":3}""")]
    [InlineData("/time-entries", """{"kind":"councilSupport","hours":3}""")]
    [InlineData("/mobilisations", """{"on":"2018-05-15","councilId":"0190c1a0-0000-7000-8000-000000000001","description":"","residentsReached":3,"newResidents":1}""")]
    [InlineData("/mobilisations", """{"on":"2018-05-15","councilId":"0190c1a0-0000-7000-8000-000000000001","description":"Porte-à-porte","residentsReached":3.5,"newResidents":1}""")]
    public async Task A_malformed_entry_is_a_400_and_appends_nothing(string path, string json)
    {
        await GivenACouncil();
        await Post(TimeUrl, Time(3));

        Assert.Equal(HttpStatusCode.BadRequest, (await Post(ActivityUrl + path, json)).Status);
        Assert.Equal("\"1\"", (await Get(ActivityUrl)).ETag);
    }

    [Theory]
    [InlineData("?from=2018-13-01")]
    [InlineData("?from=2018-12-31&to=2018-01-01")]
    public async Task A_malformed_range_is_a_400(string query)
    {
        await GivenACouncil();
        await Post(TimeUrl, Time(3));

        Assert.Equal(HttpStatusCode.BadRequest, (await Get(ActivityUrl + query)).Status);
    }
}
