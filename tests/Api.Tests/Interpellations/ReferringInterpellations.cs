using System.Net;
using Marten;
using static ConseilsCitoyens.Api.Tests.Interpellations.InterpellationScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Interpellations;

public class ReferringInterpellations(ApiFixture fixture) : InterpellationTest(fixture)
{
    [Fact]
    public async Task A_referral_answers_201_with_its_location_and_version()
    {
        await GivenACouncil();

        var referred = await Post(InterpellationsOf(CouncilId), Referral());

        Assert.Equal(HttpStatusCode.Created, referred.Status);
        Assert.Equal($"/interpellations/{InterpellationId}", referred.Location);
        Assert.Equal("\"1\"", referred.ETag);
        Assert.Equal("referred", referred.Json.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task A_referral_is_accepted_on_29_january_2017()
    {
        await GivenACouncil();

        var referred = await Post(InterpellationsOf(CouncilId), Referral("2017-01-29"));

        Assert.Equal(HttpStatusCode.Created, referred.Status);
    }

    [Fact]
    public async Task The_same_referral_on_28_january_2017_is_refused_because_the_right_did_not_exist_yet()
    {
        await GivenACouncil();

        var refused = await Post(InterpellationsOf(CouncilId), Referral("2017-01-28"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("interpellation.not-available", refused.ProblemCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(InterpellationAt(InterpellationId))).Status);
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        Assert.Equal(2L, await session.Events.QueryAllRawEvents().CountAsync());
    }

    [Fact]
    public async Task Referring_for_an_unknown_council_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post(InterpellationsOf(Guid.NewGuid()), Referral())).Status);

    [Fact]
    public async Task An_unknown_interpellation_is_not_found()
    {
        var answer = await Get(InterpellationAt(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }

    [Theory]
    [InlineData("""{"subject":"","difficulties":"D","referredOn":"2017-09-04"}""")]
    [InlineData("""{"subject":"S","referredOn":"2017-09-04"}""")]
    [InlineData("""{"subject":"S","difficulties":"D","referredOn":"2017-09-31"}""")]
    [InlineData("""{"subject":"S","difficulties":"D","referredOn":"2017-09-04","stage":"closed"}""")]
    public async Task A_malformed_referral_is_a_400_problem_and_refers_nothing(string json)
    {
        await GivenACouncil();

        var answer = await Post(InterpellationsOf(CouncilId), json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        Assert.Equal(2L, await session.Events.QueryAllRawEvents().CountAsync());
    }
}
