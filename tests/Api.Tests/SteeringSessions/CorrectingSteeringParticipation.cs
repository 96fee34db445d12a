using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.SteeringSessions.SteeringScenarios;

namespace ConseilsCitoyens.Api.Tests.SteeringSessions;

public class CorrectingSteeringParticipation(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string ParticipationUrl = $"{SessionUrl}/participation";

    private static object Participation(Guid[]? representatives = null, bool spoke = false) => new
    {
        invited = true,
        representativeIds = representatives ?? [MemberId],
        spoke,
        contributedInWriting = false,
    };

    /// <summary>A session recorded without representative: its stream holds the session, the council's participation and one warning.</summary>
    private async Task GivenAnUnrepresentedSession()
    {
        await GivenACouncilWithAMember((url, body) => Post(url, body));
        await Post(SessionsOfCouncil, Session(representatives: []));
    }

    [Fact]
    public async Task Adding_the_representative_who_was_there_makes_the_session_compliant()
    {
        await GivenAnUnrepresentedSession();

        var corrected = await Post(ParticipationUrl, Participation(spoke: true), ifMatch: "\"3\"");

        Assert.Equal(HttpStatusCode.OK, corrected.Status);
        Assert.Equal("\"4\"", corrected.ETag);
        Assert.True(corrected.Json.GetProperty("compliant").GetBoolean());
        var read = await Get(SessionUrl);
        Assert.Equal("\"4\"", read.ETag);
        Assert.True(read.Json.GetProperty("compliant").GetBoolean());
        Assert.Equal(1, read.Json.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task Once_corrected_to_represented_the_session_no_longer_counts_as_a_rule_12_warning_in_the_report()
    {
        await GivenAnUnrepresentedSession();
        var before = await RuleWarnings();

        await Post(ParticipationUrl, Participation(spoke: true));

        Assert.Equal(1, before.GetValueOrDefault("rule-12"));
        Assert.False((await RuleWarnings()).ContainsKey("rule-12"));
    }

    private async Task<Dictionary<string, int>> RuleWarnings()
    {
        var report = (await Get($"/councils/{CouncilId}/report?year=2018")).Json;
        var warnings = report.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "compliance-warnings");
        return warnings.GetProperty("breakdown").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
    }

    [Fact]
    public async Task A_correction_that_leaves_the_council_unrepresented_records_a_new_warning()
    {
        await GivenAnUnrepresentedSession();

        var corrected = await Post(ParticipationUrl, new { invited = false, representativeIds = Array.Empty<Guid>(), spoke = false, contributedInWriting = false });

        Assert.Equal("\"6\"", corrected.ETag);
        var read = (await Get(SessionUrl)).Json;
        Assert.False(read.GetProperty("compliant").GetBoolean());
        Assert.Equal(["steering.council-not-represented", "steering.council-not-invited", "steering.council-not-represented"],
            read.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task The_same_correction_again_appends_nothing()
    {
        await GivenAnUnrepresentedSession();
        await Post(ParticipationUrl, Participation());

        var again = await Post(ParticipationUrl, Participation());

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("\"4\"", again.ETag);
        Assert.Equal("\"4\"", (await Get(SessionUrl)).ETag);
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412_and_appends_nothing()
    {
        await GivenAnUnrepresentedSession();

        var stale = await Post(ParticipationUrl, Participation(), ifMatch: "\"2\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("version.stale", stale.ProblemCode);
        Assert.Equal("\"3\"", (await Get(SessionUrl)).ETag);
    }

    [Fact]
    public async Task Speaking_without_a_representative_breaks_a_rule_and_leaves_the_session_as_it_was()
    {
        await GivenAnUnrepresentedSession();

        var answer = await Post(ParticipationUrl, Participation(representatives: [], spoke: true));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("steering.spoke-without-representative", answer.ProblemCode);
        Assert.Equal("\"3\"", (await Get(SessionUrl)).ETag);
    }

    [Fact]
    public async Task A_stranger_as_representative_breaks_a_rule()
    {
        await GivenAnUnrepresentedSession();

        var answer = await Post(ParticipationUrl, Participation(representatives: [Guid.NewGuid()]));

        Assert.Equal("steering.representative-not-member", answer.ProblemCode);
        Assert.Equal("\"3\"", (await Get(SessionUrl)).ETag);
    }

    [Fact]
    public async Task Correcting_an_unknown_session_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/steering-sessions/{Guid.NewGuid()}/participation", Participation())).Status);

    [Fact]
    public async Task A_malformed_correction_is_a_400_and_appends_nothing()
    {
        await GivenAnUnrepresentedSession();

        var answer = await Post(ParticipationUrl, """{"invited":"yes","representativeIds":[],"spoke":false,"contributedInWriting":false}""");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("\"3\"", (await Get(SessionUrl)).ETag);
    }
}
