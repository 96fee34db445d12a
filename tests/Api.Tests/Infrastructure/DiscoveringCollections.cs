using System.Net;
using System.Text.Json;
using ConseilsCitoyens.Api.Tests.Conventions;
using ConseilsCitoyens.Api.Tests.Proposals;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>What a client created, it can list: paged by a stable key, filtered, each item with its version.</summary>
public class DiscoveringCollections(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly Guid LaterCouncil = Guid.Parse("0190c1a0-0000-7000-8000-000000000002");

    private async Task TwoCouncilsInTwoArrondissements()
    {
        await Post("/quartiers", Quartier());
        await Post("/quartiers", new { code = "QP999002", name = "Quartier voisin", arrondissementCode = "75119", generation = "qpv2015" });
        await Post("/councils", Council());
        await Post("/councils", new { id = LaterCouncil, name = "Conseil citoyen voisin", quartierCodes = new[] { "QP999002" }, createdOn = "2018-01-10" });
    }

    private static Guid[] Ids(Answer answer) =>
        answer.Json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();

    [Theory]
    [InlineData("", new[] { "0190c1a0-0000-7000-8000-000000000001", "0190c1a0-0000-7000-8000-000000000002" })]
    [InlineData("?arrondissement=75119", new[] { "0190c1a0-0000-7000-8000-000000000002" })]
    [InlineData("?quartier=qp999001", new[] { "0190c1a0-0000-7000-8000-000000000001" })]
    [InlineData("?status=forming", new[] { "0190c1a0-0000-7000-8000-000000000001", "0190c1a0-0000-7000-8000-000000000002" })]
    [InlineData("?status=active", new string[0])]
    [InlineData("?asOf=2017-12-31", new[] { "0190c1a0-0000-7000-8000-000000000001" })]
    public async Task The_councils_are_listed_and_filtered(string query, string[] expected)
    {
        await TwoCouncilsInTwoArrondissements();

        var answer = await Get("/councils" + query);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected.Select(Guid.Parse), Ids(answer));
        Assert.All(answer.Json.GetProperty("items").EnumerateArray(), c => Assert.Equal(1, c.GetProperty("version").GetInt64()));
    }

    [Fact]
    public async Task A_collection_is_paged_by_the_cursor_of_the_previous_page()
    {
        await TwoCouncilsInTwoArrondissements();

        var first = await Get("/councils?limit=1");
        var next = first.Json.GetProperty("next").GetString();
        var second = await Get($"/councils?limit=1&after={next}");

        Assert.Equal([CouncilId], Ids(first));
        Assert.Equal([LaterCouncil], Ids(second));
        Assert.Equal(JsonValueKind.Null, second.Json.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task The_quartiers_are_listed_by_code_and_filtered_by_generation_and_arrondissement()
    {
        await TwoCouncilsInTwoArrondissements();

        var all = await Get("/quartiers");
        var some = await Get("/quartiers?generation=qpv2015&arrondissement=75119");
        var none = await Get("/quartiers?generation=qpv2024");

        Assert.Equal(["QP999001", "QP999002"], all.Json.GetProperty("items").EnumerateArray().Select(q => q.GetProperty("code").GetString()));
        Assert.Equal(["QP999002"], some.Json.GetProperty("items").EnumerateArray().Select(q => q.GetProperty("code").GetString()));
        Assert.Empty(none.Json.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_conventions_are_listed_with_their_version()
    {
        await Post("/conventions", ConventionRequests.Convention());

        var item = Assert.Single((await Get("/conventions")).Json.GetProperty("items").EnumerateArray());

        Assert.Equal(ConventionRequests.ConventionId, item.GetProperty("id").GetGuid());
        Assert.Equal(1, item.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task A_councils_proposals_are_listed_and_an_unknown_council_has_none_to_list()
    {
        await TwoCouncilsInTwoArrondissements();
        await Post(ProposalScenarios.ProposalsOf(CouncilId), ProposalScenarios.Unanimous());

        var listed = await Get(ProposalScenarios.ProposalsOf(CouncilId));
        var elsewhere = await Get(ProposalScenarios.ProposalsOf(LaterCouncil));
        var unknown = await Get(ProposalScenarios.ProposalsOf(Guid.NewGuid()));

        Assert.Equal([ProposalScenarios.ProposalId], Ids(listed));
        Assert.True(listed.Json.GetProperty("items")[0].GetProperty("version").GetInt64() >= 1);
        Assert.Empty(Ids(elsewhere));
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }

    [Theory]
    [InlineData("drawings")]
    [InlineData("interpellations")]
    [InlineData("initiatives")]
    [InlineData("steering-sessions")]
    public async Task Every_kind_a_council_holds_is_listed(string kind)
    {
        await TwoCouncilsInTwoArrondissements();

        var answer = await Get($"/councils/{CouncilId}/{kind}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Empty(Ids(answer));
    }
}
