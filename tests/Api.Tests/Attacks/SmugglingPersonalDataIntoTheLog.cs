using System.Net;
using static ConseilsCitoyens.Api.Tests.Meetings.MeetingScenarios;
using static ConseilsCitoyens.Api.Tests.Proposals.ProposalScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>
/// Events and their metadata are never erased: a caller slips a name, an e-mail address or a phone
/// number into a header or a free-text field so that it can never be taken out again.
/// </summary>
public class SmugglingPersonalDataIntoTheLog(ApiFixture fixture) : AttackTest(fixture)
{
    private async Task GivenACouncil()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
    }

    [Theory]
    [InlineData("X-On-Behalf-Of", "Jean Dupont, 06 12 34 56 78")]
    [InlineData("X-On-Behalf-Of", "council-18e")]
    [InlineData("X-Correlation-Id", "jean.dupont@example.org")]
    [InlineData("X-Correlation-Id", "Jean Dupont")]
    [InlineData("Idempotency-Key", "appel de jean.dupont@example.org")]
    public async Task A_header_out_of_its_format_is_refused(string header, string value)
    {
        await GivenACouncil();
        var before = await CountEvents();

        var answer = await As("coordinator", "coordinator-7", HttpMethod.Post, MembersOf(CouncilId), Resident(),
            headers: new Dictionary<string, string> { [header] = value });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains(header, answer.Body);
        Assert.Equal(before, await CountEvents());
    }

    [Fact]
    public async Task Headers_in_their_format_are_recorded()
    {
        await GivenACouncil();

        var answer = await As("coordinator", "coordinator-7", HttpMethod.Post, MembersOf(CouncilId), Resident(),
            headers: new Dictionary<string, string>
            {
                ["X-On-Behalf-Of"] = CouncilId.ToString(),
                ["X-Correlation-Id"] = Guid.NewGuid().ToString(),
                ["Idempotency-Key"] = "join:2018-06-30.1",
            });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Fact]
    public async Task A_dissenting_view_with_a_phone_number_is_refused()
    {
        await GivenACouncil();
        var before = await CountEvents();

        var answer = await Post(ProposalsOf(CouncilId), Divided("Contre. Rappeler Mme Martin au 06 12 34 56 78"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("text.personal-data", answer.ProblemCode);
        Assert.Equal(before, await CountEvents());
    }

    [Fact]
    public async Task A_cancellation_reason_with_an_e_mail_address_is_refused()
    {
        await GivenACouncil();
        Assert.Equal(HttpStatusCode.Created, (await Post(MeetingsOf(CouncilId), Plan(convenedBy: Facilitator))).Status);
        var before = await CountEvents();

        var answer = await Post(MeetingUrl(then: "cancellation"), new { reason = "Voir avec camille.fictive@example.org" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("text.personal-data", answer.ProblemCode);
        Assert.Equal(before, await CountEvents());
    }

    [Fact]
    public async Task An_erasure_reason_with_an_e_mail_address_is_refused()
    {
        await GivenACouncil();
        await Post(MembersOf(CouncilId), Resident());

        var answer = await Post($"/people/{MemberId}/erasure", new { reason = "Courriel de camille@example.org du 12 juin" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("Camille", (await Get($"/people/{MemberId}")).Json.GetProperty("firstName").GetString());
    }
}
