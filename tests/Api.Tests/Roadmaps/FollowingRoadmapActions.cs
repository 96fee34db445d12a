using System.Net;
using static ConseilsCitoyens.Api.Tests.Roadmaps.RoadmapScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Roadmaps;

public class FollowingRoadmapActions(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task An_action_started_then_done_reads_with_its_status_on_each_date()
    {
        var roadmap = await GivenARoadmap();

        var started = await Post(ActionUrl(roadmap, "commencement"), new { startedOn = "2017-10-02" }, ifMatch: "\"2\"");
        var done = await Post(ActionUrl(roadmap, "completion"), new { outcome = "Trois réunions, 40 habitants", doneOn = "2017-12-01" });

        Assert.Equal(HttpStatusCode.OK, started.Status);
        Assert.Equal("\"3\"", started.ETag);
        Assert.Equal("\"4\"", done.ETag);
        string StatusOn(Answer a) => a.Json.GetProperty("actions")[0].GetProperty("status").GetString()!;
        Assert.Equal("planned", StatusOn(await Get($"{roadmap}?on=2017-09-30")));
        Assert.Equal("inProgress", StatusOn(await Get($"{roadmap}?on=2017-11-01")));
        var now = await Get(roadmap);
        Assert.Equal("done", StatusOn(now));
        Assert.Equal("Trois réunions, 40 habitants", now.Json.GetProperty("actions")[0].GetProperty("outcome").GetString());
        Assert.Equal(1, now.Json.GetProperty("counts").GetProperty("done").GetInt32());
    }

    [Fact]
    public async Task A_planned_action_is_overdue_after_its_due_date()
    {
        var roadmap = await GivenARoadmap();

        var read = await Get($"{roadmap}?on=2017-12-16");

        Assert.Equal("overdue", read.Json.GetProperty("actions")[0].GetProperty("status").GetString());
        Assert.Equal("2017-12-16", read.Json.GetProperty("on").GetString());
        Assert.Equal(1, read.Json.GetProperty("counts").GetProperty("overdue").GetInt32());
    }

    [Fact]
    public async Task A_planned_action_cannot_be_done_and_nothing_is_appended()
    {
        var roadmap = await GivenARoadmap();

        var answer = await Post(ActionUrl(roadmap, "completion"), new { outcome = "Fait", doneOn = "2017-12-01" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("roadmap.action-not-started", answer.ProblemCode);
        Assert.Equal("\"2\"", (await Get(roadmap)).ETag);
    }

    [Fact]
    public async Task A_dropped_action_no_longer_changes()
    {
        var roadmap = await GivenARoadmap();

        var dropped = await Post(ActionUrl(roadmap, "abandonment"), new { reason = "Pas de salle", droppedOn = "2017-11-06" });
        var start = await Post(ActionUrl(roadmap, "commencement"), new { startedOn = "2017-11-07" });

        Assert.Equal(HttpStatusCode.OK, dropped.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, start.Status);
        Assert.Equal("roadmap.action-already-dropped", start.ProblemCode);
        var read = await Get(roadmap);
        Assert.Equal("\"3\"", read.ETag);
        Assert.Equal("Pas de salle", read.Json.GetProperty("actions")[0].GetProperty("dropReason").GetString());
    }

    [Fact]
    public async Task Rescheduling_and_reprioritising_keep_their_history()
    {
        var roadmap = await GivenARoadmap();
        await Post($"{roadmap}/actions", Action(OtherActionId, rank: 2, proposedOn: "2017-09-11"));

        var rescheduled = await Post(ActionUrl(roadmap, "schedule"), new { dueOn = "2018-09-01", reason = "Salle indisponible", rescheduledOn = "2017-12-01" });
        var reprioritised = await Post(ActionUrl(roadmap, "priority"), new { rank = 2, reason = "Attente du bailleur", reprioritisedOn = "2017-12-01" });

        Assert.Equal(HttpStatusCode.OK, rescheduled.Status);
        Assert.Equal("\"5\"", reprioritised.ETag);
        var action = (await Get(roadmap)).Json.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("actionId").GetGuid() == ActionId);
        Assert.Equal("2018-09-01", action.GetProperty("dueOn").GetString());
        Assert.Equal("planned", action.GetProperty("status").GetString());
        Assert.Equal(["2017-12-15", "2018-09-01"], action.GetProperty("dueDates").EnumerateArray().Select(d => d.GetProperty("dueOn").GetString()));
        Assert.Equal("Salle indisponible", action.GetProperty("dueDates")[1].GetProperty("reason").GetString());
        Assert.Equal([1, 2], action.GetProperty("ranks").EnumerateArray().Select(r => r.GetProperty("rank").GetInt32()));
    }

    [Fact]
    public async Task Rescheduling_to_a_past_date_breaks_a_rule_and_appends_nothing()
    {
        var roadmap = await GivenARoadmap();

        var answer = await Post(ActionUrl(roadmap, "schedule"), new { dueOn = "2017-11-01", reason = "Erreur", rescheduledOn = "2017-11-02" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("roadmap.due-date-in-the-past", answer.ProblemCode);
        Assert.Equal("\"2\"", (await Get(roadmap)).ETag);
    }

    [Fact]
    public async Task A_stale_if_match_on_a_start_is_refused_with_412()
    {
        var roadmap = await GivenARoadmap();

        var stale = await Post(ActionUrl(roadmap, "commencement"), new { startedOn = "2017-10-02" }, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("\"2\"", (await Get(roadmap)).ETag);
    }

    [Theory]
    [InlineData("commencement", """{"startedOn":"2017-10-02"}""")]
    [InlineData("abandonment", """{"reason":"Pas de salle","droppedOn":"2017-11-06"}""")]
    public async Task An_unknown_action_is_not_found(string fact, string json)
    {
        var roadmap = await GivenARoadmap();

        Assert.Equal(HttpStatusCode.NotFound, (await Post(ActionUrl(roadmap, fact, OtherActionId), json)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Post(ActionUrl($"/roadmaps/{Guid.NewGuid()}", fact), json)).Status);
    }

    [Theory]
    [InlineData("abandonment", """{"reason":"","droppedOn":"2017-11-06"}""")]
    [InlineData("commencement", """{"startedOn":"02/10/2017"}""")]
    [InlineData("schedule", """{"dueOn":"2018-09-01","rescheduledOn":"2017-12-01"}""")]
    [InlineData("priority", """{"rank":"2","reason":"Plus tard","reprioritisedOn":"2017-12-01"}""")]
    [InlineData("completion", """{"outcome":"Fait"}""")]
    public async Task A_malformed_change_is_a_400_and_appends_nothing(string fact, string json)
    {
        var roadmap = await GivenARoadmap();

        Assert.Equal(HttpStatusCode.BadRequest, (await Post(ActionUrl(roadmap, fact), json)).Status);
        Assert.Equal("\"2\"", (await Get(roadmap)).ETag);
    }

    [Fact]
    public async Task A_malformed_date_in_the_query_is_a_400()
    {
        var roadmap = await GivenARoadmap();

        Assert.Equal(HttpStatusCode.BadRequest, (await Get($"{roadmap}?on=30/06/2018")).Status);
    }

    [Fact]
    public async Task Roadmaps_are_listed_per_council_and_per_facilitator()
    {
        var roadmap = await GivenARoadmap();
        var otherFacilitator = Team.TeamScenarios.SecondFacilitatorId;
        await Post("/team", Team.TeamScenarios.Recruitment(otherFacilitator));
        await Post("/roadmaps", Open(Action(OtherActionId), facilitatorId: otherFacilitator));
        await Post(ActionUrl(roadmap, "commencement"), new { startedOn = "2017-10-02" });

        var ofCouncil = await Get($"/councils/{CouncilId}/roadmaps?on=2017-11-01");
        var ofFacilitator = await Get($"/team/{FacilitatorId}/roadmaps?on=2017-11-01");

        Assert.Equal(2, ofCouncil.Json.GetProperty("roadmaps").GetArrayLength());
        var mine = Assert.Single(ofFacilitator.Json.GetProperty("roadmaps").EnumerateArray());
        Assert.Equal(roadmap, $"/roadmaps/{mine.GetProperty("id").GetGuid()}");
        Assert.Equal(1, mine.GetProperty("counts").GetProperty("inProgress").GetInt32());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await Get($"/team/{Guid.NewGuid()}/roadmaps")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/councils/{Guid.NewGuid()}/roadmaps")).Status);
    }
}
