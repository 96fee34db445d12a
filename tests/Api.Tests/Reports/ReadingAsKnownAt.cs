using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Reports;

/// <summary>
/// Views read as published: facts of 2018 recorded late (the API's clock moved to 2020) leave a view
/// read as known at the instant it was first published exactly as it was, while the view as known
/// now counts them. Recording times are the database server's (each event's timestamp), so the
/// instants come from what the views say they reflect.
/// </summary>
public class ReadingAsKnownAt(ApiFixture fixture) : ReportTest(fixture)
{
    private static readonly Guid LateMember = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a9");
    private static readonly Guid LateMeeting = Guid.Parse("0190c1a0-0000-7000-8000-0000000000b9");

    /// <summary>Every view that takes a business date, on 2018-06-30 (the day the API's clock starts on).</summary>
    private static string[] Views(Guid roadmap) =>
    [
        $"{CouncilReport}?year=2018",
        "/quartiers/QP999001/report?year=2018",
        "/report?year=2018",
        "/report?year=2018&arrondissement=75118&open=true",
        "/evaluation?asOf=2018-06-30",
        "/roadmaps/summary?asOf=2018-06-30",
        $"/roadmaps/{roadmap}?on=2018-06-30",
        $"/councils/{CouncilId}/roadmaps?on=2018-06-30",
        $"/team/{Team.TeamScenarios.FacilitatorId}/roadmaps?on=2018-06-30",
        $"/councils/{CouncilId}?asOf=2018-06-30",
        $"/councils/{CouncilId}/coverage?on=2018-06-30",
        "/vacancies?on=2018-06-30",
        "/audit/roles?on=2018-06-30",
    ];

    [Fact]
    public async Task A_view_as_known_at_an_instant_before_late_facts_is_the_view_published_then()
    {
        await GivenThreeConventionYears();
        var roadmap = await TheRoadmap();
        var published = new Dictionary<string, string>();
        foreach (var url in Views(roadmap))
            published[url] = WithoutKnownAt(await Read(url));
        var replayed = await Get("/quartiers/QP999001/replay");
        var then = await PublishedAt();

        await GivenFactsOf2018RecordedIn2020(withTeam: true);

        foreach (var url in Views(roadmap))
        {
            Assert.Equal(published[url], WithoutKnownAt(await Read(Join(url, $"asKnownAt={then}"))));
            Assert.NotEqual(published[url], WithoutKnownAt(await Read(url)));
        }
        Assert.Equal(replayed.Body, (await Get($"/quartiers/QP999001/replay?asKnownAt={then}")).Body);
        Assert.NotEqual(replayed.Body, (await Get("/quartiers/QP999001/replay")).Body);
    }

    [Fact]
    public async Task Every_view_read_between_two_writes_reads_the_same_as_known_at_the_instant_it_says()
    {
        // Each write, then the views as the projections hold them: the events folded again up to the
        // instant each view says must give them back exactly.
        var reads = new List<(string Url, string Body)>();
        async Task Then(Task<Answer> write)
        {
            await Expect(HttpStatusCode.Created, write);
            foreach (var url in new[] { $"{CouncilReport}?year=2018", "/report?year=2018&arrondissement=75118", "/vacancies?on=2018-06-30" })
                reads.Add((url, await Read(url)));
        }

        await Expect(HttpStatusCode.Created, Post("/quartiers", Quartier()));
        await Then(Post("/councils", Council()));
        foreach (var member in new[] { MemberId, Second, Third })
            await Then(Post(MembersOf(CouncilId), Resident(memberId: member)));
        await Then(Post($"/councils/{CouncilId}/meetings", new { id = LateMeeting, kind = "plenary", plannedFor = "2018-03-12", convenedBy = new { kind = "facilitator" } }));
        await Then(Post($"/meetings/{LateMeeting}/holding", new { heldOn = "2018-03-12", chairedBy = new { kind = "member", memberId = MemberId } }));
        await Then(Post($"/meetings/{LateMeeting}/attendance", new { register = new[] { new { memberId = MemberId, presence = "present" }, new { memberId = Second, presence = "absent" } } }));
        await Then(Post($"/councils/{CouncilId}/steering-sessions", new
        {
            id = Guid.Parse("0190c1a0-0000-7000-8000-0000000000d1"), body = "steeringCommittee", heldOn = "2018-02-12",
            invited = true, representativeIds = Array.Empty<Guid>(), spoke = false, contributedInWriting = false,
        }));
        await Then(Post($"/councils/{CouncilId}/members/{Third}/departure", new { reason = "resignation", leftOn = "2018-04-30" }));
        await Then(GivenTheFacilitator());
        await Then(Post($"/team/{Team.TeamScenarios.FacilitatorId}/assignments", Team.TeamScenarios.Assignment(CouncilId)));

        foreach (var (url, body) in reads)
        {
            var knownAt = JsonNode.Parse(body)!["knownAt"]!.GetValue<string>();
            Assert.Equal(body, await Read(Join(url, "asKnownAt=" + Uri.EscapeDataString(knownAt))));
        }
    }

    [Fact]
    public async Task A_report_says_which_instant_it_reflects_and_counts_only_what_was_recorded_by_then()
    {
        await GivenACouncilWithAHalfYearOfActivity();
        var published = InstantPattern.ExtendedIso.Parse(Uri.UnescapeDataString(await PublishedAt())).Value;
        await GivenFactsOf2018RecordedIn2020();

        // The same instant written with an offset (Paris in winter).
        var withOffset = OffsetDateTimePattern.ExtendedIso.Format(published.WithOffset(Offset.FromHours(1)));
        var then = await Get($"{CouncilReport}?year=2018&asKnownAt={Uri.EscapeDataString(withOffset)}");
        var now = await Get($"{CouncilReport}?year=2018");

        Assert.Equal(InstantPattern.ExtendedIso.Format(published), then.Json.GetProperty("knownAt").GetString());
        Assert.Equal(3m, Value(then, "members"));
        Assert.Equal(2m, Value(then, "meetings-held"));
        Assert.Equal(4m, Value(now, "members"));
        Assert.Equal(3m, Value(now, "meetings-held"));
        Assert.True(InstantPattern.ExtendedIso.Parse(now.Json.GetProperty("knownAt").GetString()!).Value > published);
    }

    [Fact]
    public async Task The_csv_and_the_dashboard_say_which_instant_their_figures_reflect()
    {
        await GivenACouncilWithAHalfYearOfActivity();
        var then = await PublishedAt();
        await GivenFactsOf2018RecordedIn2020();

        var csv = (await Get($"{CouncilReport}.csv?year=2018&asKnownAt={then}")).Body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var page = (await Get($"/tableau-de-bord?year=2018&asKnownAt={then}")).Body;

        Assert.EndsWith(";données connues au", csv[0]);
        Assert.All(csv.Skip(1), row => Assert.EndsWith(";" + Uri.UnescapeDataString(then), row));
        Assert.Contains(csv, row => row.StartsWith($"conseil;{CouncilId};;;2018-01-01;2018-12-31;members;;Membres;3;", StringComparison.Ordinal));
        var paris = InstantPattern.ExtendedIso.Parse(Uri.UnescapeDataString(then)).Value.InZone(DateTimeZoneProviders.Tzdb["Europe/Paris"]);
        Assert.Contains($"Données connues au {paris.ToString("d MMMM yyyy 'à' HH:mm:ss", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} (heure de Paris)", page);
        Assert.Contains($"/report.csv?year=2018&amp;asKnownAt={then}", page);
    }

    [Theory]
    [InlineData("/report?year=2018&asKnownAt=2019-01-15", "request.malformed")]
    [InlineData("/report?year=2018&asKnownAt=yesterday", "request.malformed")]
    [InlineData("/vacancies?asKnownAt=2018-06-30T10:00:00", "request.malformed")]
    [InlineData("/report?year=2018&asKnownAt=2999-01-01T00:00:00Z", "known-at.future")]
    [InlineData("/evaluation?asKnownAt=2999-07-01T00:00:00%2B02:00", "known-at.future")]
    [InlineData("/quartiers/QP999001/replay?asKnownAt=2999-01-01T00:00:00Z", "known-at.future")]
    public async Task A_malformed_or_future_instant_is_a_bad_request(string url, string code)
    {
        await Expect(HttpStatusCode.Created, Post("/quartiers", Quartier()));

        var answer = await Get(url);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(code, answer.ProblemCode);
        Assert.True(answer.Json.GetProperty("errors").TryGetProperty("asKnownAt", out _), answer.Body);
    }

    [Fact]
    public async Task A_council_not_yet_recorded_at_the_instant_is_not_found()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var before = await Get($"{CouncilReport}?year=2018&asKnownAt=2018-06-29T00:00:00Z");

        Assert.Equal(HttpStatusCode.NotFound, before.Status);
    }

    /// <summary>In 2020: a resident who joined on 2018-02-01 and a meeting held on 2018-04-10; with the team, the
    /// facilitator's assignment ended on 2018-05-31 and the second roadmap action done on 2018-05-30.</summary>
    private async Task GivenFactsOf2018RecordedIn2020(bool withTeam = false)
    {
        Fixture.Clock.Reset(Instant.FromUtc(2020, 3, 2, 9, 0));
        await Expect(HttpStatusCode.Created, Post(MembersOf(CouncilId), new
        {
            memberId = LateMember, college = "residents", gender = "male", residenceQuartierCode = "QP999001", joinedOn = "2018-02-01",
            person = new { firstName = "Dominique", lastName = "Fictif" },
        }));
        await Expect(HttpStatusCode.Created, Post($"/councils/{CouncilId}/meetings", new
        {
            id = LateMeeting, kind = "workingGroup", plannedFor = "2018-04-10", convenedBy = new { kind = "facilitator" },
        }));
        await Expect(HttpStatusCode.OK, Post($"/meetings/{LateMeeting}/holding", new { heldOn = "2018-04-10", chairedBy = new { kind = "facilitator" } }));
        await Expect(HttpStatusCode.OK, Post($"/meetings/{LateMeeting}/attendance",
            new { register = new[] { new { memberId = MemberId, presence = "present" } } }));
        if (!withTeam)
            return;
        await Expect(HttpStatusCode.OK, Post($"/team/{Team.TeamScenarios.FacilitatorId}/assignments/{CouncilId}/ending", new { on = "2018-05-31" }));
        var roadmap = await TheRoadmap();
        await Expect(HttpStatusCode.OK, Post($"/roadmaps/{roadmap}/actions/{SecondActionId}/commencement", new { startedOn = "2018-04-20" }));
        await Expect(HttpStatusCode.OK, Post($"/roadmaps/{roadmap}/actions/{SecondActionId}/completion", new { outcome = "Un jardin", doneOn = "2018-05-30" }));
    }

    /// <summary>The instant a view read now says it reflects, as a query value: the database server's clock, after every write so far.</summary>
    private async Task<string> PublishedAt() =>
        Uri.EscapeDataString((await Get("/vacancies")).Json.GetProperty("knownAt").GetString()!);

    private async Task<Guid> TheRoadmap() =>
        (await Get($"/councils/{CouncilId}/roadmaps?on=2018-06-30")).Json.GetProperty("roadmaps")[0].GetProperty("id").GetGuid();

    private async Task<string> Read(string url)
    {
        var answer = await Get(url);
        Assert.True(answer.Status == HttpStatusCode.OK, $"{url}: {(int)answer.Status} {answer.Body}");
        return answer.Body;
    }

    private static string Join(string url, string parameter) => url + (url.Contains('?') ? "&" : "?") + parameter;

    private static string WithoutKnownAt(string json) => KnownAtText.Erased(json);
}
