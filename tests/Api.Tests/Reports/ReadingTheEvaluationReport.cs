using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Reports;

/// <summary>GET /evaluation/rapport and its figures (.json): each one the figure of the view that already computes it.</summary>
public partial class ReadingTheEvaluationReport(ApiFixture fixture) : ReportTest(fixture)
{
    [Fact]
    public async Task The_document_is_french_html_without_script_with_the_dashboard_s_headers_and_its_six_sections()
    {
        await GivenThreeConventionYears();

        var page = await Fixture.Client().GetAsync("/evaluation/rapport?asOf=2018-06-30");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"fr\">", html);
        foreach (var section in new[] { "convention", "synthese", "conseils", "dispositif", "conformite", "methode" })
            Assert.Contains($"<section id=\"{section}\">", html);
        Assert.Contains("@page{size:A4", html);
        Assert.Contains("Commanditaires</dt><dd>Ville de Paris", html);
        Assert.Contains($"<section class=\"annexe\" id=\"conseil-{CouncilId}\">", html);
        // Rule 12: the steering session of 2018-02-12 without a representative, cited with the rule's text.
        Assert.Contains("<h3 id=\"regle-12\">Règle 12 — 1 avertissement</h3>", html);
        Assert.Contains("une séance sans représentant du conseil est un manquement à signaler", html);
        // Breakdowns in French: both meetings were plenaries; parity (three women) is withheld under statistical secrecy.
        Assert.Contains("<td>plénières : 2, bureaux : 0, groupes de travail : 0, réunions publiques : 0</td>", html);
        Assert.Contains("<tr data-indicateur=\"parity-residents\" data-valeur=\"\"><td><a href=\"#def-parity-residents\">Parité parmi les habitants</a></td><td class=\"n\">secret statistique</td><td></td></tr>", html);
        // Section 4, council by council: 12 + 8 residents reached (the cancelled 5 count nowhere), one roadmap action done.
        Assert.Contains("<tr><td>Conseil citoyen d&#x27;essai</td><td class=\"n\">20 habitants</td><td class=\"n\">1 actions</td>", html);
        Assert.Contains("<dt id=\"def-attendance-rate\">Taux de présence <code>attendance-rate</code> — version 2</dt>", html);
    }

    [Fact]
    public async Task Its_targets_values_gaps_and_attainments_are_those_of_the_evaluation()
    {
        await GivenThreeConventionYears();

        var evaluation = await Get("/evaluation?asOf=2018-06-30");
        var html = (await Get("/evaluation/rapport?asOf=2018-06-30")).Body;

        var expected = evaluation.Json.GetProperty("years").EnumerateArray().SelectMany(y => y.GetProperty("targets").EnumerateArray().Select(t =>
            (y.GetProperty("number").GetInt32(), t.GetProperty("indicatorId").GetString()!, t.GetProperty("target").GetDecimal(),
                Number(t.GetProperty("value")), Number(t.GetProperty("gap")), Number(t.GetProperty("attainment"))))).Order().ToArray();
        var shown = TargetRows().Matches(html).Select(m => (int.Parse(m.Groups["annee"].Value, CultureInfo.InvariantCulture), m.Groups["id"].Value,
            decimal.Parse(m.Groups["cible"].Value, CultureInfo.InvariantCulture), Number(m.Groups["valeur"].Value), Number(m.Groups["ecart"].Value),
            Number(m.Groups["atteinte"].Value))).Order().ToArray();
        Assert.Equal(5, expected.Length);
        Assert.Equal(expected, shown);
        // Year 3's revised target (3 meetings, one held) as a reader sees it.
        Assert.Contains("<td class=\"n\">3 réunions<br><span class=\"note\">depuis le 1 juin 2018</span></td><td class=\"n\">1 réunions</td><td class=\"n\">−2 réunions</td><td class=\"n\">33,3 %</td>", html);
    }

    [Fact]
    public async Task A_council_s_and_an_arrondissement_s_own_targets_are_judged_on_their_own_figures()
    {
        await GivenThreeConventionYears();
        await Expect(HttpStatusCode.OK, Post($"/conventions/{ConventionId}/targets",
            new { indicatorId = "meetings-held", year = 2, value = 4m, setOn = "2016-03-21", councilId = CouncilId }));
        await Expect(HttpStatusCode.OK, Post($"/conventions/{ConventionId}/targets",
            new { indicatorId = "attendance-rate", year = 2, value = 0.8m, setOn = "2016-03-21", arrondissement = "75118" }));

        var document = await Get("/evaluation/rapport.json?conventionYear=2&asOf=2018-06-30");
        var html = (await Get("/evaluation/rapport?conventionYear=2&asOf=2018-06-30")).Body;

        var scoped = document.Json.GetProperty("scopedSummaries").EnumerateArray().ToArray();
        Assert.Equal(["arrondissement-75118", $"conseil-{CouncilId}"], scoped.Select(s => s.GetProperty("scope").GetString()));
        foreach (var (scope, query) in new[] { (scoped[0], "arrondissement=75118"), (scoped[1], $"councilId={CouncilId}") })
        {
            var evaluation = (await Get($"/evaluation?asOf=2018-06-30&{query}")).Json.GetProperty("years")[1].GetProperty("targets").EnumerateArray().Single();
            var target = scope.GetProperty("years").EnumerateArray().Single().GetProperty("targets").EnumerateArray().Single();
            foreach (var figure in new[] { "indicatorId", "target", "value", "gap", "attainment" })
                Assert.Equal(evaluation.GetProperty(figure).ToString(), target.GetProperty(figure).ToString());
        }
        // One meeting held of the council's 4; 2 present of 3 expected against 80 % in its arrondissement.
        Assert.Contains($"<tr data-perimetre=\"conseil-{CouncilId}\" data-annee=\"2\" data-indicateur=\"meetings-held\" data-cible=\"4\" data-valeur=\"1\" data-ecart=\"-3\" data-atteinte=\"0.25\">", html);
        Assert.Contains("<h3>Cibles propres — arrondissement 75118</h3>", html);
        Assert.Contains("<h3>Cibles propres — conseil Conseil citoyen d&#x27;essai</h3>", html);
    }

    [Fact]
    public async Task A_convention_year_narrows_the_document_and_its_totals_are_the_year_s_report()
    {
        await GivenThreeConventionYears();

        var document = await Get("/evaluation/rapport.json?conventionYear=2&asOf=2018-06-30");
        // Statistical secrecy as in the open data: two women and one man among the residents withhold the parity.
        var report = await Get("/report?conventionYear=2&open=true");

        Assert.Equal(HttpStatusCode.OK, document.Status);
        var period = document.Json.GetProperty("period");
        Assert.Equal((2, "2017-04-01", "2018-03-31"), (period.GetProperty("conventionYear").GetInt32(), period.GetProperty("from").GetString(),
            period.GetProperty("to").GetString()));
        Assert.Equal([2], document.Json.GetProperty("summary").EnumerateArray().Select(y => y.GetProperty("number").GetInt32()));
        var totals = document.Json.GetProperty("councils").GetProperty("totals");
        Assert.Equal(report.Json.GetProperty("indicators").ToString(), totals.ToString());
        var annex = document.Json.GetProperty("councils").GetProperty("annexes").EnumerateArray().Single();
        Assert.Equal(CouncilId, annex.GetProperty("councilId").GetGuid());
        Assert.Equal((await Get($"{CouncilReport}?conventionYear=2&open=true")).Json.GetProperty("indicators").ToString(), annex.GetProperty("values").ToString());
        // Quarters Q2 2017 to Q1 2018; the meeting of 2018-03-14 was convened by a member.
        var quarters = annex.GetProperty("quarters").EnumerateArray().ToArray();
        Assert.Equal(["2017-Q2", "2017-Q3", "2017-Q4", "2018-Q1"], quarters.Select(q => q.GetProperty("quarter").GetString()));
        Assert.Equal(1m, quarters[^1].GetProperty("meetingsConvenedByMembersShare").GetDecimal());
        Assert.Equal(1, document.Json.GetProperty("programme").GetProperty("roadmaps").GetProperty("done").GetInt32());
        Assert.Equal(1, document.Json.GetProperty("programme").GetProperty("team").GetProperty("facilitator").GetInt32());
    }

    [Fact]
    public async Task Its_provenance_names_the_last_event_read_and_the_audit_checkpoint_that_seals_it()
    {
        await GivenThreeConventionYears();
        var unsealed = (await Get("/evaluation/rapport.json")).Json.GetProperty("method").GetProperty("provenance");
        Assert.Equal(JsonValueKind.Null, unsealed.GetProperty("checkpoint").ValueKind);
        Assert.Equal(JsonValueKind.Null, unsealed.GetProperty("latestCheckpoint").ValueKind);

        await Post("/audit/seals", "");
        var anchor = (await Get("/audit/anchor", role: "auditor")).Json;
        var provenance = (await Get("/evaluation/rapport.json")).Json.GetProperty("method").GetProperty("provenance");
        var html = (await Get("/evaluation/rapport")).Body;

        var checkpoint = provenance.GetProperty("checkpoint");
        Assert.Equal(anchor.GetProperty("checkpoint").GetInt64(), checkpoint.GetProperty("id").GetInt64());
        Assert.Equal(anchor.GetProperty("hash").GetString(), checkpoint.GetProperty("hash").GetString());
        Assert.Equal(anchor.GetProperty("sequence").GetInt64(), checkpoint.GetProperty("upToSequence").GetInt64());
        Assert.Equal(unsealed.GetProperty("lastSequence").GetInt64(), provenance.GetProperty("lastSequence").GetInt64());
        Assert.InRange(provenance.GetProperty("lastSequence").GetInt64(), 1, checkpoint.GetProperty("upToSequence").GetInt64());
        Assert.Contains($"scellant le journal jusqu&#x27;à la séquence {checkpoint.GetProperty("upToSequence").GetInt64()}", html);
        Assert.Contains(checkpoint.GetProperty("hash").GetString()!, html);

        // A later event, not sealed yet: the document names it and the latest checkpoint instead.
        await Expect(HttpStatusCode.OK, Post($"/team/{Team.TeamScenarios.FacilitatorId}/trainings", new { topic = "Évaluation", hours = 2m, on = "2018-06-29" }));
        var later = (await Get("/evaluation/rapport.json")).Json.GetProperty("method").GetProperty("provenance");
        Assert.True(later.GetProperty("lastSequence").GetInt64() > checkpoint.GetProperty("upToSequence").GetInt64());
        Assert.Equal(JsonValueKind.Null, later.GetProperty("checkpoint").ValueKind);
        Assert.Equal(checkpoint.GetProperty("id").GetInt64(), later.GetProperty("latestCheckpoint").GetProperty("id").GetInt64());
    }

    [Theory]
    [InlineData("conventionYear=4", HttpStatusCode.BadRequest)]
    [InlineData("conventionYear=two", HttpStatusCode.BadRequest)]
    [InlineData("asOf=2016-03-31", HttpStatusCode.BadRequest)]
    [InlineData("asOf=30/06/2018", HttpStatusCode.BadRequest)]
    [InlineData("year=2018", HttpStatusCode.BadRequest)]
    [InlineData("asKnownAt=noon", HttpStatusCode.BadRequest)]
    [InlineData("asKnownAt=2999-01-01T00:00:00Z", HttpStatusCode.BadRequest)]
    public async Task A_bad_query_is_a_problem(string query, HttpStatusCode status)
    {
        await GivenThreeConventionYears();

        var answer = await Get($"/evaluation/rapport?{query}");

        Assert.Equal(status, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }

    [Fact]
    public async Task Without_a_convention_there_is_no_document()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var answer = await Get("/evaluation/rapport");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }

    [Fact]
    public async Task A_browser_may_bring_its_token_in_the_document_s_address_only()
    {
        await GivenThreeConventionYears();
        var token = Uri.EscapeDataString(Fixture.TokenFor("sponsor"));

        Assert.Equal(HttpStatusCode.OK, (await Get($"/evaluation/rapport?access_token={token}", role: Anonymous)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get("/evaluation/rapport", role: Anonymous)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get($"/evaluation/rapport.json?access_token={token}", role: Anonymous)).Status);
    }

    private static decimal? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();

    private static decimal? Number(string text) => text.Length == 0 ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex("<tr data-perimetre=\"programme\" data-annee=\"(?<annee>\\d+)\" data-indicateur=\"(?<id>[^\"]+)\" data-cible=\"(?<cible>[^\"]*)\" data-valeur=\"(?<valeur>[^\"]*)\" data-ecart=\"(?<ecart>[^\"]*)\" data-atteinte=\"(?<atteinte>[^\"]*)\">")]
    private static partial Regex TargetRows();
}
