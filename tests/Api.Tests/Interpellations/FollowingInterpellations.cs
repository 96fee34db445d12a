using System.Net;
using System.Text.Json;
using static ConseilsCitoyens.Api.Tests.Interpellations.InterpellationScenarios;

namespace ConseilsCitoyens.Api.Tests.Interpellations;

public class FollowingInterpellations(ApiFixture fixture) : InterpellationTest(fixture)
{
    private static string[] Stages(JsonElement json) =>
        json.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("stage").GetString()!).ToArray();

    [Fact]
    public async Task A_justified_interpellation_reads_with_its_dated_history_up_to_its_closure()
    {
        var etag = await GivenAnInterpellationAt("closed");

        var read = await Get(InterpellationAt(InterpellationId));

        Assert.Equal("\"5\"", etag);
        Assert.Equal("\"5\"", read.ETag);
        var json = read.Json;
        Assert.Equal("closed", json.GetProperty("stage").GetString());
        Assert.Equal(["referred", "transmitted", "escalated", "debated", "closed"], Stages(json));
        Assert.Equal(["2017-09-04", "2017-09-25", "2017-11-06", "2017-12-18", "2018-01-15"],
            json.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("on").GetString()));
        Assert.True(json.GetProperty("judgedJustified").GetBoolean());
        Assert.True(json.GetProperty("leadsToContractRevision").GetBoolean());
        Assert.Equal(3, json.GetProperty("recipients").GetArrayLength());
        Assert.Equal(2, json.GetProperty("actions").GetArrayLength());
        Assert.Equal("Travaux engagés.", json.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task An_interpellation_closed_after_transmission_was_judged_not_justified()
    {
        await GivenAnInterpellationAt("closedAsNotJustified");

        var json = (await Get(InterpellationAt(InterpellationId))).Json;

        Assert.Equal(["referred", "transmitted", "closed"], Stages(json));
        Assert.False(json.GetProperty("judgedJustified").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("diagnostic").ValueKind);
    }

    [Fact]
    public async Task Each_step_answers_the_new_state_and_version()
    {
        await GivenAnInterpellationAt("referred");

        var transmitted = await Post(StepOf(InterpellationId, "transmission"), Step("transmission", "2017-09-25"), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, transmitted.Status);
        Assert.Equal("\"2\"", transmitted.ETag);
        Assert.Equal("transmitted", transmitted.Json.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Repeating_a_step_with_the_same_facts_appends_nothing()
    {
        await GivenAnInterpellationAt("transmitted");

        var again = await Post(StepOf(InterpellationId, "transmission"), Step("transmission", "2017-09-25"));

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("\"2\"", again.ETag);
    }

    [Fact]
    public async Task A_step_dated_before_the_previous_stage_is_refused_and_leaves_no_trace()
    {
        await GivenAnInterpellationAt("transmitted");

        var refused = await Post(StepOf(InterpellationId, "escalation"), Step("escalation", "2017-09-24"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("interpellation.date-before-previous-stage", refused.ProblemCode);
        Assert.Equal("\"2\"", (await Get(InterpellationAt(InterpellationId))).ETag);
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412_and_appends_nothing()
    {
        await GivenAnInterpellationAt("transmitted");

        var stale = await Post(StepOf(InterpellationId, "escalation"), Step("escalation", "2017-11-06"), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("version.stale", stale.ProblemCode);
        Assert.Equal("\"2\"", (await Get(InterpellationAt(InterpellationId))).ETag);
    }

    [Theory]
    [InlineData("transmission")]
    [InlineData("escalation")]
    [InlineData("debate")]
    [InlineData("closure")]
    public async Task A_step_on_an_unknown_interpellation_is_not_found(string step) =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post(StepOf(Guid.NewGuid(), step), Step(step, "2017-11-06"))).Status);

    [Theory]
    [InlineData("transmission", """{"recipients":[],"transmittedOn":"2017-09-25"}""")]
    [InlineData("transmission", """{"recipients":[""],"transmittedOn":"2017-09-25"}""")]
    [InlineData("transmission", """{"recipients":"Mairie","transmittedOn":"2017-09-25"}""")]
    [InlineData("escalation", """{"diagnostic":"D","actions":[],"leadsToContractRevision":false,"escalatedOn":"2017-11-06"}""")]
    [InlineData("escalation", """{"diagnostic":"","actions":["A"],"leadsToContractRevision":false,"escalatedOn":"2017-11-06"}""")]
    [InlineData("escalation", """{"diagnostic":"D","actions":["A"],"escalatedOn":"2017-11-06"}""")]
    [InlineData("debate", """{"debatedOn":"18/12/2017"}""")]
    [InlineData("debate", """{}""")]
    [InlineData("closure", """{"outcome":"","closedOn":"2017-10-09"}""")]
    [InlineData("closure", """{"outcome":"O","closedOn":"2017-10-09","justified":false}""")]
    public async Task A_malformed_step_is_a_400_problem_and_appends_nothing(string step, string json)
    {
        await GivenAnInterpellationAt("referred");

        var answer = await Post(StepOf(InterpellationId, step), json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal("\"1\"", (await Get(InterpellationAt(InterpellationId))).ETag);
    }
}
