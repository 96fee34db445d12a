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
        Assert.Contains($"href=\"/councils/{CouncilId}/report.csv?year=2018\"", page.Body);
        Assert.Contains("href=\"/report.csv?year=2018&amp;arrondissement=75118\"", page.Body);
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
}
