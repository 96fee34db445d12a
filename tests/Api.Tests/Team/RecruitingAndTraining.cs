using System.Net;
using ConseilsCitoyens.Projections.Team;
using static ConseilsCitoyens.Api.Tests.Team.TeamScenarios;

namespace ConseilsCitoyens.Api.Tests.Team;

public class RecruitingAndTraining(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_recruit_is_created_with_role_and_contract_and_their_name_is_kept_apart()
    {
        var created = await Post("/team", Recruitment());

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal($"/team/{FacilitatorId}", created.Location);
        Assert.Equal("\"1\"", created.ETag);
        var read = await Get(TeamMember());
        Assert.Equal("\"1\"", read.ETag);
        Assert.Equal("facilitator", read.Json.GetProperty("role").GetString());
        Assert.Equal("adulteRelais", read.Json.GetProperty("contract").GetString());
        Assert.DoesNotContain("Dominique", read.Body);
        Assert.DoesNotContain("Dominique", (await Get("/team")).Body);

        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        var details = await session.LoadAsync<TeamMemberPersonalDetails>(FacilitatorId);
        Assert.Equal("Fictive", details?.LastName);
        var events = await session.Events.FetchStreamAsync(FacilitatorId);
        Assert.DoesNotContain(events, e => System.Text.Json.JsonSerializer.Serialize(e.Data, e.Data.GetType()).Contains("Dominique"));
    }

    [Fact]
    public async Task The_team_lists_everyone_recruited()
    {
        await Post("/team", Recruitment());
        await Post("/team", Recruitment(SecondFacilitatorId, role: "coordinator"));

        var members = (await Get("/team")).Json.GetProperty("members");

        Assert.Equal(2, members.GetArrayLength());
        Assert.Contains(members.EnumerateArray(), m => m.GetProperty("role").GetString() == "coordinator");
    }

    [Fact]
    public async Task A_contract_ending_before_it_starts_is_refused_and_nothing_is_stored()
    {
        var answer = await Post("/team", new
        {
            id = FacilitatorId, role = "facilitator", contract = "cdd", startsOn = "2017-09-04", contractEndsOn = "2017-09-01",
            person = new { firstName = "Dominique", lastName = "Fictive" },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("recruitment.contract-ends-before-start", answer.ProblemCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(TeamMember())).Status);
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        Assert.Null(await session.LoadAsync<TeamMemberPersonalDetails>(FacilitatorId));
    }

    [Fact]
    public async Task Recruiting_the_same_id_twice_is_a_conflict()
    {
        await Post("/team", Recruitment());

        Assert.Equal(HttpStatusCode.Conflict, (await Post("/team", Recruitment())).Status);
    }

    [Theory]
    [InlineData("""{"role":"intern","contract":"cdi","startsOn":"2017-09-04","person":{"firstName":"A","lastName":"B"}}""")]
    [InlineData("""{"role":"facilitator","contract":"cdi","startsOn":"2017-09-04","person":{"firstName":"","lastName":"B"}}""")]
    [InlineData("""{"role":"facilitator","contract":"cdi","startsOn":"2017-09-04"}""")]
    public async Task A_malformed_recruitment_is_a_400_problem(string body)
    {
        var answer = await Post("/team", body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Empty((await Get("/team")).Json.GetProperty("members").EnumerateArray());
    }

    [Fact]
    public async Task Training_hours_add_up_and_a_saturday_session_is_warned()
    {
        await Post("/team", Recruitment());

        var weekday = await Post($"{TeamMember()}/trainings", new { topic = "Médiation sociale", hours = 21, on = "2017-09-05" }, ifMatch: "\"1\"");
        var saturday = await Post($"{TeamMember()}/trainings", new { topic = "Politique de la ville", hours = 3.5, on = "2017-09-09" });

        Assert.Equal(HttpStatusCode.OK, weekday.Status);
        Assert.Empty(weekday.Json.GetProperty("warnings").EnumerateArray());
        Assert.Equal("weekend", saturday.Json.GetProperty("warnings")[0].GetProperty("kind").GetString());
        var read = await Get(TeamMember());
        Assert.Equal(saturday.ETag, read.ETag);
        Assert.Equal(24.5m, read.Json.GetProperty("trainings").GetProperty("totalHours").GetDecimal());
        Assert.Equal(2, read.Json.GetProperty("trainings").GetProperty("sessions").GetArrayLength());
        Assert.Equal("2017-09-09", read.Json.GetProperty("warnings")[0].GetProperty("on").GetString());
    }

    [Fact]
    public async Task A_session_over_forty_hours_is_refused_and_nothing_is_written()
    {
        await Post("/team", Recruitment());

        var answer = await Post($"{TeamMember()}/trainings", new { topic = "Formation", hours = 41, on = "2017-09-05" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("training.hours-out-of-range", answer.ProblemCode);
        Assert.Equal("\"1\"", (await Get(TeamMember())).ETag);
    }

    [Fact]
    public async Task Training_an_unknown_member_is_404_a_stale_version_412_and_a_bad_body_400()
    {
        await Post("/team", Recruitment());
        var training = new { topic = "Médiation", hours = 7, on = "2017-09-05" };
        await Post($"{TeamMember()}/trainings", training);

        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/team/{Guid.NewGuid()}/trainings", training)).Status);
        Assert.Equal(HttpStatusCode.PreconditionFailed,
            (await Post($"{TeamMember()}/trainings", new { topic = "Autre", hours = 7, on = "2017-09-06" }, ifMatch: "\"1\"")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post($"{TeamMember()}/trainings", """{"topic":"","hours":7,"on":"2017-09-05"}""")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Post($"{TeamMember()}/trainings", """{"topic":"x","hours":"7","on":"2017-09-05"}""")).Status);
        Assert.Equal("\"2\"", (await Get(TeamMember())).ETag);
    }

    [Fact]
    public async Task An_unknown_team_member_is_404()
    {
        var answer = await Get(TeamMember());

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("not-found", answer.ProblemCode);
    }
}
