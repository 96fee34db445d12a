using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Councils;

public class RunningCouncils(ApiFixture fixture) : CouncilTest(fixture)
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private async Task GivenACouncilWithAResident()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Scenarios.Council());
        await Post(MembersOf(CouncilId), Resident());
    }

    [Fact]
    public async Task Municipal_hosting_after_the_start_up_is_accepted_with_a_warning()
    {
        await GivenACouncilWithAResident();

        var answer = await Post($"{Council}/hosting", new { kind = "municipal", hostName = "Mairie du 18e", on = "2018-05-02" }, ifMatch: "\"2\"");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("\"4\"", answer.ETag);
        Assert.Equal("hosting.municipal-beyond-start-up", answer.Json.GetProperty("warnings")[0].GetProperty("code").GetString());
        Assert.Equal("municipal", (await Get(Council)).Json.GetProperty("hosting").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Internal_rules_are_adopted_in_versions()
    {
        await GivenACouncilWithAResident();

        await Post($"{Council}/internal-rules", new { title = "Charte", documentHash = new string('a', 64), adoptedOn = "2017-05-01" });
        await Post($"{Council}/internal-rules", new { title = "Charte révisée", documentHash = Hash, adoptedOn = "2018-01-10" });

        var rules = (await Get(Council)).Json.GetProperty("internalRules");
        Assert.Equal(2, rules.GetProperty("rulesVersion").GetInt32());
        Assert.Equal("Charte révisée", rules.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_council_functions_once_recognised_by_a_prefectoral_order_and_never_with_volunteers_only()
    {
        await GivenACouncilWithAResident();
        var activate = new { status = "active", reason = "Installation", on = "2017-06-02" };

        var unrecognised = await Post($"{Council}/status", activate);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unrecognised.Status);
        Assert.Equal("council.not-recognised", unrecognised.ProblemCode);

        var order = await Post($"{Council}/prefectoral-orders",
            new { reference = "Arrêté n° 75-2017-0001", signedOn = "2017-06-01", recognisedMemberIds = new[] { MemberId } });
        Assert.Equal(HttpStatusCode.OK, order.Status);
        Assert.Equal("Arrêté n° 75-2017-0001", (await Get(Council)).Json.GetProperty("prefectoralOrder").GetProperty("reference").GetString());

        var volunteersOnly = await Post($"{Council}/status", activate);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, volunteersOnly.Status);
        Assert.Equal("composition.volunteers-only", volunteersOnly.ProblemCode);
        Assert.Equal("forming", (await Get(Council)).Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_order_recognising_a_stranger_is_refused_and_nothing_is_written()
    {
        await GivenACouncilWithAResident();

        var answer = await Post($"{Council}/prefectoral-orders",
            new { reference = "Arrêté", signedOn = "2017-06-01", recognisedMemberIds = new[] { Guid.NewGuid() } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("order.recognises-non-members", answer.ProblemCode);
        Assert.Equal("\"2\"", (await Get(Council)).ETag);
    }

    [Fact]
    public async Task A_resident_who_moves_out_leaves_the_council()
    {
        await GivenACouncilWithAResident();

        var answer = await Post($"{Council}/members/{MemberId}/departure", new { reason = "movedOutOfQuartier", leftOn = "2018-01-15" }, ifMatch: "\"2\"");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var council = (await Get(Council)).Json;
        Assert.Equal(0, council.GetProperty("memberCounts").GetProperty("total").GetInt32());
        Assert.Equal("2018-01-15", council.GetProperty("members")[0].GetProperty("leftOn").GetString());
    }

    [Fact]
    public async Task A_status_change_dated_before_the_last_one_is_refused_and_leaves_no_trace()
    {
        await GivenAnActiveCouncil(volunteers: 1);
        var before = (await Get(Council)).ETag;

        var answer = await Post($"{Council}/status", new { status = "inactive", reason = "Sommeil", on = "2018-04-01" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("council.status-out-of-order", answer.ProblemCode);
        Assert.Equal(before, (await Get(Council)).ETag);
        Assert.Equal("forming", (await Get($"{Council}?asOf=2018-05-01")).Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_mandate_length_comes_from_the_city_contract()
    {
        await GivenACouncilWithAResident();

        await Post($"{Council}/parameters", new { mandateMonths = 24, maxUnjustifiedAbsences = 3, on = "2017-05-01" });

        Assert.Equal("2019-04-03", (await Get(Council)).Json.GetProperty("members")[0].GetProperty("mandateEndsOn").GetString());
    }

    [Theory]
    [InlineData("/hosting", """{"kind":"castle","hostName":"x","on":"2017-05-01"}""")]
    [InlineData("/internal-rules", """{"title":"","documentHash":"abc","adoptedOn":"2017-05-01"}""")]
    [InlineData("/status", """{"status":"active","on":"2017-05-01"}""")]
    [InlineData("/parameters", """{"mandateMonths":0,"maxUnjustifiedAbsences":3,"on":"2017-05-01"}""")]
    [InlineData("/members/0190c1a0-0000-7000-8000-0000000000a1/departure", """{"reason":"bored","leftOn":"2018-01-15"}""")]
    public async Task Malformed_commands_are_400_problems(string path, string body)
    {
        await GivenACouncilWithAResident();

        var answer = await Post(Council + path, body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("\"2\"", (await Get(Council)).ETag);
    }

    [Theory]
    [InlineData("/hosting", """{"kind":"municipal","hostName":"Mairie","on":"2017-05-01"}""")]
    [InlineData("/status", """{"status":"dissolved","reason":"Fin","on":"2017-05-01"}""")]
    public async Task Commands_on_an_unknown_council_are_404_and_stale_versions_412(string path, string body)
    {
        await GivenACouncilWithAResident();

        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/councils/{Guid.NewGuid()}{path}", body)).Status);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await Post(Council + path, body, ifMatch: "\"1\"")).Status);
    }

    [Fact]
    public async Task A_drawn_resident_who_accepted_their_seat_joins_and_the_recognised_council_functions()
    {
        var candidate = await GivenAnAcceptedSeat();

        var joined = await Post(MembersOf(CouncilId), DrawnResident(candidate));
        await Post($"{Council}/prefectoral-orders", new { reference = "Arrêté", signedOn = "2018-05-16", recognisedMemberIds = new[] { candidate } });
        var activated = await Post($"{Council}/status", new { status = "active", reason = "Installation", on = "2018-05-17" });

        Assert.Equal(HttpStatusCode.OK, joined.Status);
        Assert.Equal(HttpStatusCode.OK, activated.Status);
        var council = (await Get(Council)).Json;
        Assert.Equal("active", council.GetProperty("status").GetString());
        Assert.Equal("drawn", council.GetProperty("members")[0].GetProperty("origin").GetString());
    }

    [Fact]
    public async Task A_drawn_resident_without_an_accepted_seat_is_refused()
    {
        var candidate = await GivenAnAcceptedSeat(accepted: false);

        var answer = await Post(MembersOf(CouncilId), DrawnResident(candidate));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("member.not-drawn", answer.ProblemCode);
    }

    [Fact]
    public async Task The_etag_read_after_a_warning_is_the_streams_version_and_accepted_as_if_match()
    {
        await GivenACouncilWithAResident();
        var warned = await Post($"{Council}/hosting", new { kind = "municipal", hostName = "Mairie du 18e", on = "2018-05-02" });

        var read = await Get(Council);

        Assert.Equal(warned.ETag, read.ETag);
        Assert.Equal(HttpStatusCode.OK, (await Post($"{Council}/hosting",
            new { kind = "hostStructure", hostName = "Centre social", on = "2018-06-01" }, ifMatch: read.ETag)).Status);
    }
}
