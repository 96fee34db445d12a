using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>Malformed requests answer 400 problems that name the field, and write nothing.</summary>
public class RefusingBadInput(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<Answer> PostCouncilWhenReady(string json)
    {
        await Post("/quartiers", Quartier());
        return await Post("/councils", json);
    }

    [Theory]
    [InlineData("""{"name":"Essai","quartierCodes":["QP999001"],"createdOn":"2017-03-06",""")]          // broken JSON
    [InlineData("""{"name":"Essai","quartierCodes":["QP999001"],"createdOn":"2017-02-30"}""")]          // no such date
    [InlineData("""{"name":"Essai","quartierCodes":["QP999001"],"createdOn":20170306}""")]              // wrong type
    [InlineData("""{"name":"Essai","quartierCodes":["QP999001"]}""")]                                   // missing field
    [InlineData("""{"name":"Essai","quartierCodes":["QP999001"],"createdOn":"2017-03-06","x":1}""")]    // unknown field
    [InlineData("""{"name":"","quartierCodes":["QP999001"],"createdOn":"2017-03-06"}""")]               // empty name
    [InlineData("""{"name":null,"quartierCodes":["QP999001"],"createdOn":"2017-03-06"}""")]             // null name
    [InlineData("""[1,2,3]""")]
    [InlineData("")]
    public async Task A_malformed_council_is_a_400_problem_and_creates_nothing(string json)
    {
        var answer = await PostCouncilWhenReady(json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        Assert.Equal(1L, await Marten.QueryableExtensions.CountAsync(session.Events.QueryAllRawEvents()));
    }

    [Theory]
    [InlineData("/team/{0}/departure")]
    [InlineData("/team/{0}/assignments/{1}/ending")]
    public async Task A_null_body_is_a_400_problem_not_a_500(string route)
    {
        await Post("/team", Team.TeamScenarios.Recruitment());

        var answer = await Post(string.Format(route, Team.TeamScenarios.FacilitatorId, CouncilId), "null");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("request.invalid", answer.ProblemCode);
    }

    [Fact]
    public async Task The_problem_names_the_field_in_error()
    {
        var answer = await PostCouncilWhenReady("""{"name":"","quartierCodes":["QP999001"],"createdOn":"2017-03-06"}""");

        Assert.True(answer.Json.GetProperty("errors").TryGetProperty("name", out _), answer.Body);
    }

    [Theory]
    [InlineData("""{"name":"Essai","quartierCodes":["QP999001"],"createdOn":"2017-03-06T00:00:00Z"}""", "createdOn", "ISO date")]
    [InlineData("""{"name":"Essai","quartierCodes":[7],"createdOn":"2017-03-06"}""", "quartierCodes[0]", "a string")]
    [InlineData("""{"name":"Essai","quartierCodes":["QP999001"],"createdOn":"2017-03-06","x":1}""", "x", "not a field")]
    [InlineData("""{"name":"Essai","quartierCodes":["QP999001"]}""", "createdOn", "required")]
    public async Task An_unreadable_value_is_explained_by_its_field_and_code_without_dotnet_type_names(string json, string field, string explanation)
    {
        var answer = await PostCouncilWhenReady(json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("request.malformed", answer.ProblemCode);
        Assert.Contains(explanation, answer.Json.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.DoesNotContain("ConseilsCitoyens.", answer.Body);
        Assert.DoesNotContain("NodaTime.", answer.Body);
    }

    [Fact]
    public async Task A_nested_field_in_error_is_named_by_its_path()
    {
        await PostCouncilWhenReady(System.Text.Json.JsonSerializer.Serialize(Council()));

        var answer = await Post(MembersOf(CouncilId), """
            {"college":"residents","gender":"female","residenceQuartierCode":"QP999001","joinedOn":"2017-04-03",
             "person":{"firstName":"Camille","lastName":"Fictive","email":"not-an-email"}}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.True(answer.Json.GetProperty("errors").TryGetProperty("person.email", out _), answer.Body);
    }

    [Theory]
    [InlineData("\"college\":\"mayors\"")]
    [InlineData("\"college\":0")]
    public async Task An_unknown_enum_value_is_refused(string college)
    {
        await PostCouncilWhenReady(System.Text.Json.JsonSerializer.Serialize(Council()));

        var answer = await Post(MembersOf(CouncilId), "{" + college + """
            ,"gender":"female","residenceQuartierCode":"QP999001","joinedOn":"2017-04-03",
             "person":{"firstName":"Camille","lastName":"Fictive"}}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("W/\"1\"")]
    [InlineData("\"abc\"")]
    public async Task A_malformed_if_match_is_a_400(string ifMatch)
    {
        await PostCouncilWhenReady(System.Text.Json.JsonSerializer.Serialize(Council()));

        var answer = await Post(MembersOf(CouncilId), Resident(), ifMatch);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.True(answer.Json.GetProperty("errors").TryGetProperty("If-Match", out _), answer.Body);
    }
}
