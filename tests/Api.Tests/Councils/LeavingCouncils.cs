using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Councils;

public class LeavingCouncils(ApiFixture fixture) : CouncilTest(fixture)
{
    [Theory]
    [InlineData("death")]
    [InlineData("resignation")]
    [InlineData("movedOutOfQuartier")]
    public async Task A_departure_leaving_volunteers_only_is_recorded_with_a_warning_never_refused(string reason)
    {
        var drawn = await GivenAnActiveCouncil(volunteers: 3);

        var answer = await Post($"{Council}/members/{drawn}/departure", new { reason, leftOn = "2018-06-01" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("composition.volunteers-only",
            answer.Json.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()));
        var council = (await Get(Council)).Json;
        Assert.Equal(3, council.GetProperty("memberCounts").GetProperty("total").GetInt32());
        var member = council.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("memberId").GetGuid() == drawn);
        Assert.Equal("2018-06-01", member.GetProperty("leftOn").GetString());
    }
}
