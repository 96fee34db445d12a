using System.Net;
using Snapshooter.Xunit;
using static ConseilsCitoyens.Api.Tests.Conventions.ConventionRequests;

namespace ConseilsCitoyens.Api.Tests.Conventions;

public class SettingAndRevisingTargets(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task GivenTheConventionWithATarget()
    {
        await Post("/conventions", Convention());
        await Post(TargetsUrl, Target());
    }

    [Fact]
    public async Task A_target_is_set_for_an_indicator_and_a_year()
    {
        await Post("/conventions", Convention());

        var answer = await Post(TargetsUrl, Target("attendance-rate", 2, 0.6m), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("\"2\"", answer.ETag);
        var target = (await Get(ConventionUrl)).Json.GetProperty("targets")[0];
        Assert.Equal("attendance-rate", target.GetProperty("indicatorId").GetString());
        Assert.Equal(2, target.GetProperty("year").GetInt32());
        Assert.Equal(0.6m, target.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Revisions_keep_the_history_of_a_target()
    {
        await GivenTheConventionWithATarget();
        await Post(TargetsUrl, Target("residents-reached", 2, 200));

        var revised = await Post(RevisionsUrl(), Revision(), ifMatch: "\"3\"");
        await Post(RevisionsUrl(), Revision(9, "Comité de pilotage du printemps", "2018-04-09"));

        Assert.Equal(HttpStatusCode.OK, revised.Status);
        Assert.Equal("\"4\"", revised.ETag);
        Assert.Equal(8m, revised.Json.GetProperty("target").GetProperty("value").GetDecimal());
        var read = await Get(ConventionUrl);
        Assert.Equal("\"5\"", read.ETag);
        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(read.Body));
    }

    [Fact]
    public async Task Revising_to_the_same_value_appends_nothing()
    {
        await GivenTheConventionWithATarget();

        var answer = await Post(RevisionsUrl(), Revision(10));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("\"2\"", answer.ETag);
        Assert.Single((await Get(ConventionUrl)).Json.GetProperty("targets")[0].GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_indicator_is_refused_and_nothing_is_written()
    {
        await Post("/conventions", Convention());

        var set = await Post(TargetsUrl, Target("happiness"));
        var revised = await Post(RevisionsUrl("happiness"), Revision());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, set.Status);
        Assert.Equal("convention.unknown-indicator", set.ProblemCode);
        Assert.Equal("convention.unknown-indicator", revised.ProblemCode);
        Assert.Equal("\"1\"", (await Get(ConventionUrl)).ETag);
    }

    [Fact]
    public async Task A_target_outside_its_indicators_scale_is_refused_and_nothing_is_written()
    {
        await Post("/conventions", Convention());
        await Post(TargetsUrl, Target("attendance-rate", 1, 0.6m));

        var percent = await Post(TargetsUrl, Target("attendance-rate", 2, 60));
        var revised = await Post(RevisionsUrl("attendance-rate"), Revision(65));
        var half = await Post(TargetsUrl, Target("immersions", 1, 1.5m));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, percent.Status);
        Assert.Equal(["convention.target-out-of-range"], new[] { percent, revised, half }.Select(a => a.ProblemCode).Distinct());
        Assert.Equal("\"2\"", (await Get(ConventionUrl)).ETag);
    }

    [Fact]
    public async Task Setting_an_existing_target_is_refused_in_favour_of_a_revision()
    {
        await GivenTheConventionWithATarget();

        var answer = await Post(TargetsUrl, Target(value: 12));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("convention.target-already-set", answer.ProblemCode);
        Assert.Equal(10m, (await Get(ConventionUrl)).Json.GetProperty("targets")[0].GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Revising_a_missing_target_or_a_year_beyond_the_convention_is_refused()
    {
        await GivenTheConventionWithATarget();

        var missing = await Post(RevisionsUrl(year: 2), Revision());
        var beyond = await Post(TargetsUrl, Target(year: 4));

        Assert.Equal("convention.target-not-set", missing.ProblemCode);
        Assert.Equal("convention.year-out-of-range", beyond.ProblemCode);
        Assert.Equal("\"2\"", (await Get(ConventionUrl)).ETag);
    }

    [Fact]
    public async Task A_revision_on_a_public_holiday_is_recorded_with_a_warning()
    {
        await GivenTheConventionWithATarget();

        var answer = await Post(RevisionsUrl(), Revision(revisedOn: "2018-05-01"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("\"4\"", answer.ETag);
        Assert.Equal("publicHoliday", answer.Json.GetProperty("warnings")[0].GetProperty("kind").GetString());
        Assert.Equal("\"4\"", (await Get(ConventionUrl)).ETag);
    }

    [Theory]
    [InlineData("/targets", """{"indicatorId":"","year":1,"value":10}""")]
    [InlineData("/targets", """{"indicatorId":"immersions","year":1,"value":"10"}""")]
    [InlineData("/targets/meetings-per-council/1/revisions", """{"value":8,"revisedOn":"2018-03-05"}""")]
    [InlineData("/targets/meetings-per-council/1/revisions", """{"value":8,"reason":"Bilan","revisedOn":"2018-13-05"}""")]
    public async Task Malformed_target_commands_are_400_problems(string path, string body)
    {
        await GivenTheConventionWithATarget();

        var answer = await Post(ConventionUrl + path, body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("\"2\"", (await Get(ConventionUrl)).ETag);
    }

    [Fact]
    public async Task Target_commands_on_an_unknown_convention_are_404_and_stale_versions_412()
    {
        await GivenTheConventionWithATarget();
        var unknown = $"/conventions/{Guid.NewGuid()}";

        Assert.Equal(HttpStatusCode.NotFound, (await Post($"{unknown}/targets", Target(year: 2))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Post($"{unknown}/targets/meetings-per-council/1/revisions", Revision())).Status);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Post(TargetsUrl, Target(year: 2), ifMatch: "\"1\"")).Status);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Post(RevisionsUrl(), Revision(), ifMatch: "\"1\"")).Status);
        Assert.Equal("\"2\"", (await Get(ConventionUrl)).ETag);
    }
}
