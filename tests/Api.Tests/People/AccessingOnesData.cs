using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.People;

/// <summary>The right of access: everything held about one person.</summary>
public class AccessingOnesData(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task GivenAMember()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post(MembersOf(CouncilId), Resident());
    }

    [Fact]
    public async Task The_export_holds_the_details_and_every_event_naming_the_person()
    {
        await GivenAMember();

        var export = (await Get($"/people/{MemberId}/export")).Json;

        Assert.Equal("Camille", export.GetProperty("details").GetProperty("firstName").GetString());
        var events = export.GetProperty("events");
        Assert.Equal("member_joined", Assert.Single(events.EnumerateArray()).GetProperty("type").GetString());
        Assert.Equal(MemberId, events[0].GetProperty("payload").GetProperty("memberId").GetGuid());
    }

    [Fact]
    public async Task After_erasure_the_export_shows_the_erasure_and_no_details()
    {
        await GivenAMember();
        await Post($"/people/{MemberId}/erasure", new { reason = "Demande par courrier" });

        var export = (await Get($"/people/{MemberId}/export")).Json;

        Assert.Equal(System.Text.Json.JsonValueKind.Null, export.GetProperty("details").ValueKind);
        Assert.Equal("Demande par courrier", export.GetProperty("erasure").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Nobody_known_is_not_found_and_a_sponsor_may_not_ask()
    {
        await GivenAMember();

        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/people/{Guid.NewGuid()}/export")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Get($"/people/{MemberId}/export", role: "sponsor")).Status);
    }
}
