using System.Net;
using Marten;
using static ConseilsCitoyens.Api.Tests.Initiatives.InitiativeScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Initiatives;

public class LaunchingAndSupportingInitiatives(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string SupportUrl = $"{InitiativeUrl}/supports";

    private async Task GivenACouncil()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
    }

    private async Task GivenALaunchedInitiative()
    {
        await GivenACouncil();
        await Post(InitiativesOfCouncil, Initiative());
    }

    private async Task<long> EventCount()
    {
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        return await session.Events.QueryAllRawEvents().CountAsync();
    }

    [Fact]
    public async Task A_launched_initiative_answers_201_with_its_location()
    {
        await GivenACouncil();

        var created = await Post(InitiativesOfCouncil, Initiative());

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(InitiativeUrl, created.Location);
        Assert.Equal("\"1\"", created.ETag);
        var read = await Get(InitiativeUrl);
        Assert.Equal("\"1\"", read.ETag);
        Assert.Equal("launched", read.Json.GetProperty("status").GetString());
        Assert.Equal(CouncilId, read.Json.GetProperty("councilId").GetGuid());
        Assert.Equal(0L, read.Json.GetProperty("totalFundsCents").GetInt64());
    }

    [Fact]
    public async Task Launching_for_an_unknown_council_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/councils/{Guid.NewGuid()}/initiatives", Initiative())).Status);

    [Fact]
    public async Task Launching_before_the_council_existed_breaks_a_rule_and_creates_nothing()
    {
        await GivenACouncil();

        var answer = await Post(InitiativesOfCouncil, Initiative("2017-01-02"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("initiative.launched-before-council", answer.ProblemCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(InitiativeUrl)).Status);
    }

    [Theory]
    [InlineData("""{"title":"","description":"Fête","launchedOn":"2017-09-04"}""")]
    [InlineData("""{"title":"Fête","launchedOn":"2017-09-04"}""")]
    [InlineData("""{"title":"Fête","description":"Fête","launchedOn":"2017-09-31"}""")]
    public async Task A_malformed_launch_is_a_400_and_creates_nothing(string json)
    {
        await GivenACouncil();

        Assert.Equal(HttpStatusCode.BadRequest, (await Post(InitiativesOfCouncil, json)).Status);
        Assert.Equal(2L, await EventCount());
    }

    [Fact]
    public async Task Supports_are_listed_and_funds_add_up_in_cents()
    {
        await GivenALaunchedInitiative();

        var first = await Post(SupportUrl, FinancialSupport(), ifMatch: "\"1\"");
        await Post(SupportUrl, LogisticalSupport());
        await Post(SupportUrl, FinancialSupport(2_550, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("\"2\"", first.ETag);
        var read = await Get(InitiativeUrl);
        Assert.Equal("\"4\"", read.ETag);
        Assert.Equal(152_550L, read.Json.GetProperty("totalFundsCents").GetInt64());
        var supports = read.Json.GetProperty("supports");
        Assert.Equal(3, supports.GetArrayLength());
        Assert.Equal("Fonds de participation des habitants", supports[0].GetProperty("fund").GetString());
        Assert.Equal("logistical", supports[1].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Repeating_a_support_with_its_id_appends_nothing()
    {
        await GivenALaunchedInitiative();
        await Post(SupportUrl, FinancialSupport());

        var again = await Post(SupportUrl, FinancialSupport());

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("\"2\"", again.ETag);
    }

    [Fact]
    public async Task Financial_support_without_an_amount_breaks_a_rule_and_appends_nothing()
    {
        await GivenALaunchedInitiative();

        var answer = await Post(SupportUrl, new { kind = "financial", by = "Ville de Paris", fund = "FPH", supportedOn = "2017-10-02" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("initiative.financial-support-without-amount", answer.ProblemCode);
        Assert.Equal("\"1\"", (await Get(InitiativeUrl)).ETag);
    }

    [Fact]
    public async Task Non_financial_support_with_an_amount_breaks_a_rule()
    {
        await GivenALaunchedInitiative();

        var answer = await Post(SupportUrl, new { kind = "methodological", by = "France Médiation", amountCents = 1000L, supportedOn = "2017-10-02" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("initiative.amount-without-financial-support", answer.ProblemCode);
        Assert.Equal("\"1\"", (await Get(InitiativeUrl)).ETag);
    }

    [Theory]
    [InlineData("""{"kind":"financial","by":"Ville de Paris","amountCents":0,"fund":"FPH","supportedOn":"2017-10-02"}""")]
    [InlineData("""{"kind":"financial","by":"Ville de Paris","amountCents":12.5,"fund":"FPH","supportedOn":"2017-10-02"}""")]
    [InlineData("""{"kind":"money","by":"Ville de Paris","supportedOn":"2017-10-02"}""")]
    [InlineData("""{"kind":"logistical","by":"","supportedOn":"2017-10-02"}""")]
    public async Task A_malformed_support_is_a_400_and_appends_nothing(string json)
    {
        await GivenALaunchedInitiative();

        Assert.Equal(HttpStatusCode.BadRequest, (await Post(SupportUrl, json)).Status);
        Assert.Equal("\"1\"", (await Get(InitiativeUrl)).ETag);
    }

    [Fact]
    public async Task A_stale_if_match_on_support_is_refused_with_412()
    {
        await GivenALaunchedInitiative();
        await Post(SupportUrl, LogisticalSupport());

        var stale = await Post(SupportUrl, FinancialSupport(), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("\"2\"", (await Get(InitiativeUrl)).ETag);
    }

    [Fact]
    public async Task Supporting_an_unknown_initiative_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/initiatives/{Guid.NewGuid()}/supports", LogisticalSupport())).Status);

    [Fact]
    public async Task An_unknown_initiative_is_not_found()
    {
        var answer = await Get($"/initiatives/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }
}
