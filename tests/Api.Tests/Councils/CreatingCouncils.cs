using System.Net;
using Snapshooter.Xunit;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Councils;

public class CreatingCouncils(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_created_council_answers_201_with_its_location_and_version()
    {
        await Post("/quartiers", Quartier());

        var created = await Post("/councils", Council());

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal($"/councils/{CouncilId}", created.Location);
        Assert.Equal("\"1\"", created.ETag);
    }

    [Fact]
    public async Task A_council_with_members_reads_as_its_snapshot()
    {
        await Post("/quartiers", Quartier());
        await Post("/quartiers", Quartier("QP999002", "Second quartier d'essai"));
        await Post("/councils", Council("QP999001", "QP999002"));
        await Post(MembersOf(CouncilId), Resident("QP999002"));
        await Post(MembersOf(CouncilId), new
        {
            memberId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a2"),
            college = "localActors",
            gender = "male",
            organisation = "Association d'essai",
            joinedOn = "2017-05-02",
            person = new { firstName = "Dominique", lastName = "Exemple" },
        });

        var read = await Get($"/councils/{CouncilId}");

        Assert.Equal("\"3\"", read.ETag);
        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(read.Body));
    }

    [Fact]
    public async Task A_council_on_an_unregistered_quartier_breaks_a_rule_and_is_not_created()
    {
        var answer = await Post("/councils", Council("QP999001"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("council.unknown-quartier", answer.ProblemCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/councils/{CouncilId}")).Status);
    }

    [Fact]
    public async Task Creating_the_same_council_twice_is_a_conflict()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());

        Assert.Equal(HttpStatusCode.Conflict, (await Post("/councils", Council())).Status);
    }

    [Fact]
    public async Task An_unknown_council_is_not_found()
    {
        var answer = await Get($"/councils/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }

    [Fact]
    public async Task The_creation_date_survives_the_round_trip_through_http_and_the_database()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());

        Assert.Equal("2017-03-06", (await Get($"/councils/{CouncilId}")).Json.GetProperty("createdOn").GetString());
    }
}

public class RetryingCommands(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_gets_the_first_answer_and_appends_nothing()
    {
        await Post("/quartiers", Quartier());
        const string body = """{"name":"Conseil sans id","quartierCodes":["QP999001"],"createdOn":"2017-03-06"}""";

        var first = await Send(HttpMethod.Post, "/councils", body, idempotencyKey: "create-42");
        var retry = await Send(HttpMethod.Post, "/councils", body, idempotencyKey: "create-42");

        Assert.Equal(System.Net.HttpStatusCode.Created, first.Status);
        Assert.Equal(first.Status, retry.Status);
        Assert.Equal(first.Location, retry.Location);
        Assert.Equal(first.Body, retry.Body);
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        Assert.Equal(2L, await Marten.QueryableExtensions.CountAsync(session.Events.QueryAllRawEvents()));
    }

    [Fact]
    public async Task The_same_key_on_another_request_is_refused()
    {
        await Post("/quartiers", Quartier());

        await Send(HttpMethod.Post, "/councils", """{"name":"Un","quartierCodes":["QP999001"],"createdOn":"2017-03-06"}""", idempotencyKey: "k-1");
        var other = await Send(HttpMethod.Post, "/councils", """{"name":"Deux","quartierCodes":["QP999001"],"createdOn":"2017-03-06"}""", idempotencyKey: "k-1");

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, other.Status);
    }

    [Fact]
    public async Task Another_caller_with_the_same_key_is_not_answered_with_the_first_callers_response()
    {
        await Post("/quartiers", Quartier());
        const string body = """{"name":"Conseil sans id","quartierCodes":["QP999001"],"createdOn":"2017-03-06"}""";

        var mine = await SendWith(HttpMethod.Post, "/councils", body, null, "same-key", "Bearer " + Fixture.TokenFor("coordinator", "coordinator-1"));
        var theirs = await SendWith(HttpMethod.Post, "/councils", body, null, "same-key", "Bearer " + Fixture.TokenFor("coordinator", "coordinator-2"));

        Assert.Equal(System.Net.HttpStatusCode.Created, theirs.Status);
        Assert.NotEqual(mine.Location, theirs.Location);
    }
}
