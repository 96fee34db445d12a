using System.Text.Json;
using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.Team.TeamScenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>
/// The product's attack suite: each test does over HTTP what an attacker holding an ordinary token
/// would try, and checks that it is refused and that nothing was written.
/// </summary>
public abstract class AttackTest(ApiFixture fixture) : EventCountingTest(fixture)
{
    /// <summary>Sends as a caller of that role and subject (and city), with any extra headers.</summary>
    protected async Task<Answer> As(string role, string subject, HttpMethod method, string url, object? body = null,
        string? city = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var token = Fixture.TokenFor(role, subject, city);
        return await Raw(method, url, body, "Bearer " + token, headers);
    }

    protected Task<Answer> AsFacilitator(HttpMethod method, string url, object? body = null, Guid? facilitator = null) =>
        As("facilitator", (facilitator ?? FacilitatorId).ToString(), method, url, body);

    /// <summary>Sends exactly this Authorization value (none when null) and these headers.</summary>
    protected Task<Answer> Raw(HttpMethod method, string url, object? body, string? authorization,
        IReadOnlyDictionary<string, string>? headers = null) =>
        SendWith(method, url, body is null ? null : body as string ?? JsonSerializer.Serialize(body, WebJson), null, null, authorization, headers);

    /// <summary>Two councils (QP999001, QP999002) and the facilitator, assigned to the first from 2018-01-01, open-ended.</summary>
    protected async Task GivenTwoCouncilsAndAFacilitatorOfTheFirst()
    {
        await Post("/quartiers", Quartier());
        await Post("/quartiers", Quartier("QP999002", "Autre quartier d'essai"));
        await Post("/councils", Council());
        await Post("/councils", OtherCouncil());
        await GivenTheFacilitator();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Post($"{TeamMember()}/assignments", Assignment(CouncilId, "2018-01-01"))).Status);
    }
}
