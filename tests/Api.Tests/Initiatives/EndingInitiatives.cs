using System.Net;
using static ConseilsCitoyens.Api.Tests.Initiatives.InitiativeScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Initiatives;

public class EndingInitiatives(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string CompletionUrl = $"{InitiativeUrl}/completion";
    private static readonly string DropUrl = $"{InitiativeUrl}/abandonment";

    private async Task GivenALaunchedInitiative()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post(InitiativesOfCouncil, Initiative());
    }

    [Fact]
    public async Task A_completed_initiative_reads_with_its_outcome()
    {
        await GivenALaunchedInitiative();

        var completed = await Post(CompletionUrl, new { outcome = "200 participants", completedOn = "2017-11-06" }, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, completed.Status);
        Assert.Equal("\"2\"", completed.ETag);
        var read = (await Get(InitiativeUrl)).Json;
        Assert.Equal("completed", read.GetProperty("status").GetString());
        Assert.Equal("200 participants", read.GetProperty("outcome").GetString());
        Assert.Equal("2017-11-06", read.GetProperty("completedOn").GetString());
    }

    [Fact]
    public async Task A_dropped_initiative_reads_with_its_reason_and_takes_no_more_support()
    {
        await GivenALaunchedInitiative();

        var dropped = await Post(DropUrl, new { reason = "Pas de salle disponible", droppedOn = "2017-11-06" });
        var support = await Post($"{InitiativeUrl}/supports", LogisticalSupport());

        Assert.Equal(HttpStatusCode.OK, dropped.Status);
        Assert.Equal("dropped", (await Get(InitiativeUrl)).Json.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, support.Status);
        Assert.Equal("initiative.not-in-progress", support.ProblemCode);
        Assert.Equal("\"2\"", (await Get(InitiativeUrl)).ETag);
    }

    [Fact]
    public async Task Completing_twice_the_same_way_appends_nothing()
    {
        await GivenALaunchedInitiative();
        await Post(CompletionUrl, new { outcome = "Réussie", completedOn = "2017-11-06" });

        var again = await Post(CompletionUrl, new { outcome = "Réussie", completedOn = "2017-11-06" });

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("\"2\"", again.ETag);
    }

    [Fact]
    public async Task A_completed_initiative_cannot_be_dropped()
    {
        await GivenALaunchedInitiative();
        await Post(CompletionUrl, new { outcome = "Réussie", completedOn = "2017-11-06" });

        var answer = await Post(DropUrl, new { reason = "Trop tard", droppedOn = "2017-11-07" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("initiative.already-completed", answer.ProblemCode);
        Assert.Equal("\"2\"", (await Get(InitiativeUrl)).ETag);
    }

    [Fact]
    public async Task Completion_before_the_launch_breaks_a_rule_and_appends_nothing()
    {
        await GivenALaunchedInitiative();

        var answer = await Post(CompletionUrl, new { outcome = "Réussie", completedOn = "2017-09-01" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("initiative.date-before-launch", answer.ProblemCode);
        Assert.Equal("launched", (await Get(InitiativeUrl)).Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_stale_if_match_on_drop_is_refused_with_412()
    {
        await GivenALaunchedInitiative();
        await Post($"{InitiativeUrl}/supports", LogisticalSupport());

        var stale = await Post(DropUrl, new { reason = "Pas de salle", droppedOn = "2017-11-06" }, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("launched", (await Get(InitiativeUrl)).Json.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/completion", """{"outcome":"","completedOn":"2017-11-06"}""")]
    [InlineData("/completion", """{"outcome":"Réussie"}""")]
    [InlineData("/abandonment", """{"reason":"Pas de salle","droppedOn":"06/11/2017"}""")]
    public async Task A_malformed_ending_is_a_400_and_appends_nothing(string path, string json)
    {
        await GivenALaunchedInitiative();

        Assert.Equal(HttpStatusCode.BadRequest, (await Post(InitiativeUrl + path, json)).Status);
        Assert.Equal("\"1\"", (await Get(InitiativeUrl)).ETag);
    }

    [Theory]
    [InlineData("/completion", """{"outcome":"Réussie","completedOn":"2017-11-06"}""")]
    [InlineData("/abandonment", """{"reason":"Pas de salle","droppedOn":"2017-11-06"}""")]
    public async Task Ending_an_unknown_initiative_is_not_found(string path, string json) =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/initiatives/{Guid.NewGuid()}{path}", json)).Status);
}
