using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Reports;

public class ReadingCouncilsAsOf(ApiFixture fixture) : ReportTest(fixture)
{
    private static readonly Guid Leaver = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a4");
    private static readonly Guid Newcomer = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a5");

    private async Task GivenACouncilWhoseMembersChanged()
    {
        await Expect(HttpStatusCode.Created, Post("/quartiers", Quartier()));
        await Expect(HttpStatusCode.Created, Post("/councils", Council()));
        await Expect(HttpStatusCode.Created, Post(MembersOf(CouncilId), Resident()));
        await Expect(HttpStatusCode.Created, Post(MembersOf(CouncilId), Resident(memberId: Leaver)));
        await Expect(HttpStatusCode.OK, Post($"{MembersOf(CouncilId)}/{Leaver}/departure", new { reason = "resignation", leftOn = "2018-02-05" }));
        await Expect(HttpStatusCode.Created, Post(MembersOf(CouncilId), new
        {
            memberId = Newcomer, college = "residents", gender = "male", residenceQuartierCode = "QP999001", joinedOn = "2018-04-16",
            person = new { firstName = "Dominique", lastName = "Fictif", email = "dominique@example.org", birthYear = 1990 },
        }));
    }

    private static IEnumerable<Guid> MemberIds(Answer council) =>
        council.Json.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("memberId").GetGuid());

    [Fact]
    public async Task As_of_a_past_date_a_later_member_is_absent_and_an_earlier_leaver_is_shown_as_left()
    {
        await GivenACouncilWhoseMembersChanged();

        var past = await Get($"/councils/{CouncilId}?asOf=2018-03-31");

        Assert.Equal(HttpStatusCode.OK, past.Status);
        Assert.Equal([MemberId, Leaver], MemberIds(past));
        var leaver = past.Json.GetProperty("members")[1];
        Assert.Equal("2018-02-05", leaver.GetProperty("leftOn").GetString());
        Assert.Equal(1, past.Json.GetProperty("memberCounts").GetProperty("total").GetInt32());
        Assert.Null(past.ETag);
    }

    [Fact]
    public async Task As_of_a_date_before_the_departure_the_leaver_still_sits()
    {
        await GivenACouncilWhoseMembersChanged();

        var past = await Get($"/councils/{CouncilId}?asOf=2018-01-31");

        Assert.Equal(2, past.Json.GetProperty("memberCounts").GetProperty("total").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, past.Json.GetProperty("members")[1].GetProperty("leftOn").ValueKind);
    }

    [Fact]
    public async Task As_of_today_the_council_is_the_one_read_without_a_date()
    {
        await GivenACouncilWhoseMembersChanged();

        var now = await Get($"/councils/{CouncilId}");
        var asOfToday = await Get($"/councils/{CouncilId}?asOf=2018-06-30");

        Assert.Equal(now.Body, asOfToday.Body);
        Assert.Equal([MemberId, Leaver, Newcomer], MemberIds(asOfToday));
    }

    [Fact]
    public async Task Before_its_creation_a_council_is_not_found_and_a_malformed_date_is_a_400()
    {
        await GivenACouncilWhoseMembersChanged();

        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/councils/{CouncilId}?asOf=2017-01-01")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/councils/{Guid.NewGuid()}?asOf=2018-01-01")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get($"/councils/{CouncilId}?asOf=30/06/2018")).Status);
    }

    [Fact]
    public async Task A_report_as_of_a_date_counts_the_members_sitting_that_day()
    {
        await GivenACouncilWhoseMembersChanged();

        var report = await Get($"{CouncilReport}?year=2018&asOf=2018-03-31");

        Assert.Equal(1m, Value(report, "members"));
        Assert.Equal(1m, Value(report, "turnover"));
        Assert.Equal(0m, Value(report, "members-joined"));
        Assert.Equal(2m, Value(await Get($"{CouncilReport}?year=2018"), "members"));
    }
}
