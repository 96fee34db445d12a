using Marten;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

public class AttributingEvents(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Every_event_records_the_token_s_subject_and_role_for_whom_and_the_correlation_and_command_ids()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());

        await Fixture.Host.Scenario(s =>
        {
            s.Post.Json(Resident()).ToUrl(MembersOf(CouncilId));
            s.WithRequestHeader("Authorization", "Bearer " + Fixture.TokenFor("coordinator", "coordinator-7"));
            // No longer trusted: the token says who acts.
            s.WithRequestHeader("X-Acting-Person", "someone-else");
            s.WithRequestHeader("X-On-Behalf-Of", CouncilId.ToString());
            s.WithRequestHeader("X-Correlation-Id", "corr-123");
            s.WithRequestHeader("Idempotency-Key", "join-1");
        });

        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        var joined = (await session.Events.FetchStreamAsync(CouncilId)).Last();
        Assert.Equal("coordinator-7", joined.UserName);
        Assert.Equal("coordinator", joined.GetHeader("role")?.ToString());
        Assert.Equal("corr-123", joined.CorrelationId);
        Assert.Equal(CouncilId.ToString(), joined.GetHeader("onBehalfOf")?.ToString());
        Assert.Equal("join-1", joined.GetHeader("commandId")?.ToString());
        Assert.Equal("join-1", joined.CausationId);
    }
}
