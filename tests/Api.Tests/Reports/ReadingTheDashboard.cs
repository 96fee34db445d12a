using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Reports;

public class ReadingTheDashboard(ApiFixture fixture) : ReportTest(fixture)
{
    private static readonly Guid Awkward = Guid.Parse("0190c1a0-0000-7000-8000-0000000000f1");

    private async Task GivenASecondCouncilWithAnAwkwardName()
    {
        await Expect(HttpStatusCode.Created, Post("/quartiers", Quartier("QP999002", "Quartier d'essai bis")));
        await Expect(HttpStatusCode.Created, Post("/councils", new
        {
            id = Awkward, name = "Conseil <Amandiers> & Orillon", quartierCodes = new[] { "QP999002" }, createdOn = "2017-03-06",
        }));
    }

    [Fact]
    public async Task The_dashboard_is_a_french_page_of_each_arrondissement_and_council_for_the_current_year()
    {
        await GivenACouncilWithAHalfYearOfActivity();
        await GivenASecondCouncilWithAnAwkwardName();

        var page = await Get("/tableau-de-bord");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("text/html; charset=utf-8", page.ContentType);
        Assert.Contains("<html lang=\"fr\">", page.Body);
        Assert.Contains("Période : du 1 janvier 2018 au 31 décembre 2018", page.Body);
        foreach (var label in new[] { "Membres", "Part des habitants", "Réunions tenues", "Taux de présence", "Avis et propositions",
                     "Délai médian de réponse", "Interpellations", "Avertissements de conformité", "Par arrondissement", "Par conseil" })
            Assert.Contains(label, page.Body);
        Assert.Contains("<td>Conseil &lt;Amandiers&gt; &amp; Orillon</td>", page.Body);
        Assert.DoesNotContain("<Amandiers>", page.Body);
        Assert.Contains("<td>75118</td>", page.Body);
        Assert.Contains("83,3&nbsp;%", page.Body);
        Assert.Contains("42&nbsp;j", page.Body);
        // The exports of the page's own figures: the same year, as known at the same instant.
        Assert.Matches($"href=\"/councils/{CouncilId}/report.csv\\?year=2018&amp;asKnownAt=[0-9-]+T[0-9]{{2}}%3A[0-9]{{2}}%3A[0-9.]+Z\"", page.Body);
        Assert.Matches("href=\"/report.csv\\?year=2018&amp;asKnownAt=[0-9-]+T[0-9]{2}%3A[0-9]{2}%3A[0-9.]+Z&amp;arrondissement=75118\"", page.Body);
        Assert.Matches("Données connues au [0-9]+ [a-zéû]+ [0-9]{4} à [0-9:]{8} \\(heure de Paris\\)", page.Body);
        Assert.Contains("href=\"/indicateurs\"", page.Body);
    }

    [Fact]
    public async Task The_dashboard_shows_the_figures_of_the_json_report_of_the_year_asked()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var page = await Get("/tableau-de-bord?year=2017");
        var report = await Get($"{CouncilReport}?year=2017");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("du 1 janvier 2017 au 31 décembre 2017", page.Body);
        Assert.Equal(0m, Value(report, "meetings-held"));
        Assert.Null(Value(report, "attendance-rate"));
        Assert.DoesNotContain("83,3", page.Body);
        Assert.Contains("<td class=\"n\">—</td>", page.Body);
    }

    [Theory]
    [InlineData("18")]
    [InlineData("dernière")]
    [InlineData("2018-Q1")]
    public async Task A_year_that_is_not_one_is_a_400(string year)
    {
        var answer = await Get($"/tableau-de-bord?year={Uri.EscapeDataString(year)}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }

    [Fact]
    public async Task A_browser_may_give_its_token_in_the_dashboard_address_and_nowhere_else()
    {
        var token = Uri.EscapeDataString(Fixture.TokenFor("sponsor"));

        var dashboard = await Get($"/tableau-de-bord?access_token={token}", role: Anonymous);
        var report = await Get($"/report?year=2018&access_token={token}", role: Anonymous);
        var forged = await Get("/tableau-de-bord?access_token=not-a-token", role: Anonymous);

        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, report.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get("/tableau-de-bord", role: Anonymous)).Status);
    }

    [Fact]
    public async Task The_dashboard_charts_targets_per_convention_year_and_attendance_and_steering_per_quarter()
    {
        await GivenThreeConventionYears();

        var page = await Get("/tableau-de-bord");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Évolution sur la convention — ensemble du dispositif", page.Body);
        Assert.Contains("<svg id=\"cibles-meetings-held\" class=\"graphique\" role=\"img\" aria-labelledby=\"cibles-meetings-held-titre\"", page.Body);
        // Year 3 to 30 June 2018: one meeting against the target revised to 3 on 1 June.
        Assert.Contains("<title>Année 3 (du 1 avril 2018 au 31 mars 2019) : Réunions tenues 1 réunions, cible 3 réunions, écart −2 réunions</title>", page.Body);
        Assert.Contains("<td>Année 2</td><td class=\"n\">10 heures</td><td class=\"n\">7 heures</td><td class=\"n\">−3 heures</td>", page.Body);
        Assert.Contains("<td>T1 2018</td><td class=\"n\">1</td><td class=\"n\">66,7", page.Body);
        Assert.Contains("<td>T2 2018</td><td class=\"n\">1</td><td class=\"n\">100", page.Body);
        Assert.Contains("<td>T1 2018</td><td class=\"n\">1</td><td class=\"n\">0</td><td class=\"n\">1</td>", page.Body);
        Assert.Contains("<svg id=\"presence\"", page.Body);
        Assert.Contains("<svg id=\"pilotage\"", page.Body);
        Assert.DoesNotContain("<script", page.Body);
    }

    [Fact]
    public async Task As_of_a_past_date_the_dashboard_shows_the_figures_and_targets_of_that_day()
    {
        await GivenThreeConventionYears();

        var page = await Get("/tableau-de-bord?asOf=2018-05-31");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("du 1 janvier 2018 au 31 mai 2018", page.Body);
        Assert.Contains("<p>Au 31 mai 2018.", page.Body);
        // Year 3 to 31 May: the meeting of 16 May against the target of 4, revised to 3 only on 1 June.
        Assert.Contains("Réunions tenues 1 réunions, cible 4 réunions, écart −3 réunions</title>", page.Body);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get("/tableau-de-bord?year=2018&asOf=2017-06-30")).Status);
    }

    [Fact]
    public async Task The_charts_narrow_to_a_council_or_an_arrondissement_and_the_page_allows_no_script()
    {
        await GivenThreeConventionYears();

        var council = await Get($"/tableau-de-bord?councilId={CouncilId}");
        var arrondissement = await Get("/tableau-de-bord?arrondissement=75119");
        using var raw = await Fixture.Client().GetAsync("/tableau-de-bord");

        Assert.Contains("Évolution sur la convention — conseil Conseil citoyen d", council.Body);
        Assert.Contains("<td>T1 2018</td><td class=\"n\">1</td><td class=\"n\">66,7", council.Body);
        // An arrondissement without a council: every quarter empty.
        Assert.Contains("Évolution sur la convention — arrondissement 75119", arrondissement.Body);
        Assert.Contains("<td>T1 2018</td><td class=\"n\">0</td><td class=\"n\">—</td>", arrondissement.Body);
        var policy = string.Join(";", raw.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("script-src", policy);
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/tableau-de-bord?councilId={Guid.NewGuid()}")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get($"/tableau-de-bord?councilId={CouncilId}&arrondissement=75118")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get("/tableau-de-bord?arrondissement=dix-huit")).Status);
    }

    [Fact]
    public async Task Without_a_convention_the_dashboard_says_there_is_nothing_to_chart()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var page = await Get("/tableau-de-bord");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Aucune convention signée : pas d'évolution à montrer.", page.Body);
    }
}
