using System.Net;
using static ConseilsCitoyens.Api.Tests.Conventions.ConventionRequests;

namespace ConseilsCitoyens.Api.Tests.Conventions;

public class SigningConventions(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_signed_convention_answers_201_with_its_location_and_reads_with_its_end_date()
    {
        var created = await Post("/conventions", Convention());

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(ConventionUrl, created.Location);
        Assert.Equal("\"1\"", created.ETag);
        var read = await Get(ConventionUrl);
        Assert.Equal("\"1\"", read.ETag);
        var convention = read.Json;
        Assert.Equal("2019-12-31", convention.GetProperty("endsOn").GetString());
        Assert.Equal("Ville de Paris", convention.GetProperty("sponsors")[1].GetString());
        Assert.Equal("France Médiation", convention.GetProperty("coordinatingPartner").GetString());
        Assert.Equal(2, convention.GetProperty("objectives").GetArrayLength());
        Assert.Equal("2018-12-31", convention.GetProperty("years")[1].GetProperty("endsOn").GetString());
    }

    [Fact]
    public async Task A_convention_signed_on_a_sunday_is_recorded_with_a_warning()
    {
        var created = await Post("/conventions", Convention(signedOn: "2017-01-15"));

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("\"2\"", created.ETag);
        Assert.Equal("weekend", created.Json.GetProperty("warnings")[0].GetProperty("kind").GetString());
        Assert.Equal("\"2\"", (await Get(ConventionUrl)).ETag);
    }

    [Fact]
    public async Task A_duration_of_eleven_years_breaks_a_rule_and_signs_nothing()
    {
        var answer = await Post("/conventions", Convention(durationYears: 11));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("convention.duration-out-of-range", answer.ProblemCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(ConventionUrl)).Status);
    }

    [Fact]
    public async Task Signing_the_same_convention_twice_is_a_conflict()
    {
        await Post("/conventions", Convention());

        Assert.Equal(HttpStatusCode.Conflict, (await Post("/conventions", Convention())).Status);
    }

    [Theory]
    [InlineData("""{"title":"","sponsors":["Ville de Paris"],"coordinatingPartner":"France Médiation","contractType":"convention d'objectifs","startsOn":"2017-01-01","durationYears":3,"objectives":["Animer"]}""")]
    [InlineData("""{"title":"Dispositif","sponsors":["Ville de Paris"],"coordinatingPartner":"France Médiation","contractType":"convention d'objectifs","startsOn":"2017-01-01","durationYears":"3","objectives":["Animer"]}""")]
    [InlineData("""{"title":"Dispositif","sponsors":["Ville de Paris"],"coordinatingPartner":"France Médiation","contractType":"convention d'objectifs","durationYears":3,"objectives":["Animer"]}""")]
    public async Task A_malformed_convention_is_a_400_problem_and_signs_nothing(string json)
    {
        var answer = await Post("/conventions", json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        Assert.Equal(0L, await Marten.QueryableExtensions.CountAsync(session.Events.QueryAllRawEvents()));
    }

    [Fact]
    public async Task An_unknown_convention_is_not_found()
    {
        var answer = await Get($"/conventions/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }

    [Theory]
    [InlineData("2018-06-30", 2)]
    [InlineData("2017-01-01", 1)]
    [InlineData("2019-12-31", 3)]
    public async Task The_convention_year_holding_a_date_is_given(string on, int year)
    {
        await Post("/conventions", Convention());

        var answer = await Get($"{ConventionUrl}/years?on={on}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(year, answer.Json.GetProperty("currentYear").GetInt32());
        Assert.Equal(3, answer.Json.GetProperty("years").GetArrayLength());
    }

    [Fact]
    public async Task Outside_the_convention_there_is_no_current_year_and_without_a_date_today_counts()
    {
        await Post("/conventions", Convention());

        var after = (await Get($"{ConventionUrl}/years?on=2020-01-01")).Json;
        var today = (await Get($"{ConventionUrl}/years")).Json;

        Assert.Equal(System.Text.Json.JsonValueKind.Null, after.GetProperty("currentYear").ValueKind);
        Assert.Equal("2018-06-30", today.GetProperty("on").GetString());
        Assert.Equal(2, today.GetProperty("currentYear").GetInt32());
    }

    [Fact]
    public async Task The_years_of_an_unknown_convention_are_not_found_and_a_bad_date_is_a_400()
    {
        await Post("/conventions", Convention());

        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/conventions/{Guid.NewGuid()}/years?on=2018-06-30")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get($"{ConventionUrl}/years?on=2018-02-30")).Status);
    }
}
