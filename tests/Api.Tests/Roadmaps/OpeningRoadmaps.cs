using System.Net;
using Marten;
using static ConseilsCitoyens.Api.Tests.Roadmaps.RoadmapScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Roadmaps;

public class OpeningRoadmaps(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<long> EventCount()
    {
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        return await session.Events.QueryAllRawEvents().CountAsync();
    }

    [Fact]
    public async Task An_opened_roadmap_answers_201_with_its_location_and_first_action()
    {
        await GivenACouncilWithADiagnostic();

        var created = await Post("/roadmaps", Open());

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.StartsWith("/roadmaps/", created.Location);
        Assert.Equal("\"2\"", created.ETag);
        var read = await Get(created.Location!);
        Assert.Equal("\"2\"", read.ETag);
        Assert.Equal(FacilitatorId, read.Json.GetProperty("facilitatorId").GetGuid());
        Assert.Equal(CouncilId, read.Json.GetProperty("councilId").GetGuid());
        var action = read.Json.GetProperty("actions")[0];
        Assert.Equal(PriorityId, action.GetProperty("priorityId").GetGuid());
        Assert.Equal("overdue", action.GetProperty("status").GetString());
        Assert.Equal(1, read.Json.GetProperty("counts").GetProperty("overdue").GetInt32());
    }

    [Fact]
    public async Task The_roadmap_of_a_facilitator_for_a_council_is_opened_once()
    {
        var location = await GivenARoadmap();

        var again = await Post("/roadmaps", Open(Action(OtherActionId)));

        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("already-exists", again.ProblemCode);
        Assert.Equal("\"2\"", (await Get(location)).ETag);
    }

    [Fact]
    public async Task Opening_a_roadmap_for_an_unknown_council_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post("/roadmaps", Open(councilId: Guid.NewGuid()))).Status);

    [Fact]
    public async Task An_action_answers_a_priority_of_the_councils_territory_diagnostic()
    {
        await GivenACouncilWithADiagnostic();

        var answer = await Post("/roadmaps", Open(new
        {
            actionId = ActionId, title = "Sans priorité", kind = "action", priorityId = Guid.NewGuid(), dueOn = "2017-12-15", rank = 1,
            proposedOn = "2017-09-04",
        }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("roadmap.unknown-priority", answer.ProblemCode);
    }

    [Fact]
    public async Task An_unknown_facilitator_has_no_roadmap()
    {
        await GivenACouncilWithADiagnostic();

        Assert.Equal(HttpStatusCode.NotFound, (await Post("/roadmaps", Open(facilitatorId: Guid.NewGuid()))).Status);
    }

    [Fact]
    public async Task Opening_before_the_council_existed_breaks_a_rule_and_creates_nothing()
    {
        await GivenACouncilWithADiagnostic();

        var answer = await Post("/roadmaps", Open(Action(proposedOn: "2017-01-09")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("roadmap.before-council", answer.ProblemCode);
        Assert.Equal(0, (await Get($"/councils/{CouncilId}/roadmaps")).Json.GetProperty("roadmaps").GetArrayLength());
    }

    [Theory]
    [InlineData("""{"facilitatorId":"0190c1a0-0000-7000-8000-0000000000f1","councilId":"0190c1a0-0000-7000-8000-000000000001","action":{"title":"Réunions","kind":"action","dueOn":"2017-12-15","rank":1,"proposedOn":"2017-09-04"}}""")]
    [InlineData("""{"facilitatorId":"0190c1a0-0000-7000-8000-0000000000f1","councilId":"0190c1a0-0000-7000-8000-000000000001","action":{"title":"Réunions","kind":"event","priorityId":"0190c1a0-0000-7000-8000-0000000000b1","dueOn":"2017-12-15","rank":1,"proposedOn":"2017-09-04"}}""")]
    [InlineData("""{"facilitatorId":"0190c1a0-0000-7000-8000-0000000000f1","councilId":"0190c1a0-0000-7000-8000-000000000001","action":{"title":"","kind":"action","priorityId":"0190c1a0-0000-7000-8000-0000000000b1","dueOn":"2017-12-15","rank":1,"proposedOn":"2017-09-04"}}""")]
    [InlineData("""{"councilId":"0190c1a0-0000-7000-8000-000000000001","action":{"title":"Réunions","kind":"action","priorityId":"0190c1a0-0000-7000-8000-0000000000b1","dueOn":"2017-12-15","rank":"1","proposedOn":"2017-09-04"}}""")]
    public async Task A_malformed_opening_is_a_400_and_creates_nothing(string json)
    {
        await GivenACouncilWithADiagnostic();

        Assert.Equal(HttpStatusCode.BadRequest, (await Post("/roadmaps", json)).Status);
        Assert.Equal(4L, await EventCount());
    }

    [Fact]
    public async Task A_further_action_is_proposed_and_listed_by_rank()
    {
        var roadmap = await GivenARoadmap();

        var proposed = await Post($"{roadmap}/actions", Action(OtherActionId, rank: 2, dueOn: "2018-09-01", proposedOn: "2018-02-05", kind: "project"), ifMatch: "\"2\"");

        Assert.Equal(HttpStatusCode.OK, proposed.Status);
        Assert.Equal("\"3\"", proposed.ETag);
        var actions = (await Get(roadmap)).Json.GetProperty("actions");
        Assert.Equal(2, actions.GetArrayLength());
        Assert.Equal(ActionId, actions[0].GetProperty("actionId").GetGuid());
        Assert.Equal("project", actions[1].GetProperty("kind").GetString());
        Assert.Equal(2, actions[1].GetProperty("rank").GetInt32());
        Assert.Equal("planned", actions[1].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Proposing_the_same_action_again_appends_nothing()
    {
        var roadmap = await GivenARoadmap();

        var again = await Post($"{roadmap}/actions", Action());

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("\"2\"", again.ETag);
    }

    [Fact]
    public async Task A_rank_beyond_the_number_of_actions_breaks_a_rule_and_appends_nothing()
    {
        var roadmap = await GivenARoadmap();

        var answer = await Post($"{roadmap}/actions", Action(OtherActionId, rank: 3));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("roadmap.rank-out-of-range", answer.ProblemCode);
        Assert.Equal("\"2\"", (await Get(roadmap)).ETag);
    }

    [Fact]
    public async Task A_stale_if_match_on_a_proposal_is_refused_with_412()
    {
        var roadmap = await GivenARoadmap();

        var stale = await Post($"{roadmap}/actions", Action(OtherActionId, rank: 2), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("\"2\"", (await Get(roadmap)).ETag);
    }

    [Fact]
    public async Task Proposing_on_an_unknown_roadmap_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/roadmaps/{Guid.NewGuid()}/actions", Action())).Status);

    [Fact]
    public async Task An_unknown_roadmap_is_not_found()
    {
        var answer = await Get($"/roadmaps/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }
}
