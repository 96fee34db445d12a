using System.Net;
using static ConseilsCitoyens.Api.Tests.Drawings.DrawingRequests;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Councils;

/// <summary>Steps of a council's life over HTTP, shared by the council tests: a drawing, its seats, members, activation.</summary>
public abstract class CouncilTest(ApiFixture fixture) : ApiTest(fixture)
{
    protected static readonly string Council = $"/councils/{CouncilId}";

    protected async Task GivenACouncil()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Scenarios.Council());
    }

    /// <summary>A drawing of two women and two men on 2018-05-12; the first woman called accepts on 2018-05-14 (or not).</summary>
    /// <returns>That woman's candidate id.</returns>
    protected async Task<Guid> GivenAnAcceptedSeat(bool accepted = true)
    {
        await GivenACouncil();
        await Post(DrawingsOf(CouncilId), Drawing());
        var called = (await Get(DrawingUrl)).Json.GetProperty("standing").GetProperty("female").GetProperty("called")[0].GetGuid();
        if (accepted)
            await Post($"{DrawingUrl}/answers", new { candidateId = called, accepted = true, answeredOn = "2018-05-14" });
        return called;
    }

    protected static object DrawnResident(Guid candidateId, string joinedOn = "2018-05-15", string gender = "female",
        string college = "residents", string origin = "drawn", Guid? replaces = null) => new
    {
        memberId = candidateId,
        college,
        gender,
        residenceQuartierCode = college == "residents" ? "QP999001" : null,
        organisation = college == "residents" ? null : "Association du quartier",
        joinedOn,
        origin,
        drawingId = DrawingId,
        replaces,
        person = new { firstName = "Alex", lastName = "Fictif" },
    };

    /// <summary>An active council (since 2018-05-17): one drawn resident and <paramref name="volunteers"/> volunteer residents.</summary>
    /// <returns>The drawn resident's id.</returns>
    protected async Task<Guid> GivenAnActiveCouncil(int volunteers)
    {
        var drawn = await GivenAnAcceptedSeat();
        Assert.Equal(HttpStatusCode.OK, (await Post(MembersOf(CouncilId), DrawnResident(drawn))).Status);
        var members = new List<Guid> { drawn };
        for (var i = 1; i <= volunteers; i++)
        {
            var id = Guid.Parse($"0190c1a0-0000-7000-8000-0000000b{i:x4}");
            Assert.Equal(HttpStatusCode.OK, (await Post(MembersOf(CouncilId), Resident(memberId: id))).Status);
            members.Add(id);
        }
        await Post($"{Council}/prefectoral-orders", new { reference = "Arrêté", signedOn = "2018-05-16", recognisedMemberIds = members });
        Assert.Equal(HttpStatusCode.OK, (await Post($"{Council}/status", new { status = "active", reason = "Installation", on = "2018-05-17" })).Status);
        return drawn;
    }
}
