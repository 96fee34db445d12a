using System.Net;
using Marten;
using static ConseilsCitoyens.Api.Tests.Proposals.ProposalScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Proposals;

public class FilingProposals(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task GivenACouncil()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
    }

    private async Task<long> EventCount()
    {
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        return await session.Events.QueryAllRawEvents().CountAsync();
    }

    [Fact]
    public async Task A_filed_proposal_answers_201_with_its_location_and_version()
    {
        await GivenACouncil();

        var filed = await Post(ProposalsOf(CouncilId), Unanimous());

        Assert.Equal(HttpStatusCode.Created, filed.Status);
        Assert.Equal($"/proposals/{ProposalId}", filed.Location);
        Assert.Equal("\"1\"", filed.ETag);
        Assert.Equal("awaitingAnswer", filed.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_opinion_without_consensus_reads_with_its_majority_position_and_dissenting_views()
    {
        await GivenACouncil();
        await Post(ProposalsOf(CouncilId), Divided("Le calendrier est trop court.", "Les loyers vont augmenter."));

        var read = await Get(ProposalAt(ProposalId));

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal("\"1\"", read.ETag);
        var json = read.Json;
        Assert.Equal("opinion", json.GetProperty("kind").GetString());
        Assert.Equal(CouncilId, json.GetProperty("councilId").GetGuid());
        Assert.False(json.GetProperty("reachedByConsensus").GetBoolean());
        Assert.Equal("Avis favorable au projet de rénovation.", json.GetProperty("majorityPosition").GetString());
        Assert.Equal(["Le calendrier est trop court.", "Les loyers vont augmenter."],
            json.GetProperty("dissentingViews").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Bailleur", json.GetProperty("addressedTo").GetString());
        Assert.Equal("2017-10-02", json.GetProperty("filedOn").GetString());
    }

    [Fact]
    public async Task Without_consensus_and_without_dissent_a_proposal_breaks_rule_14_and_is_not_filed()
    {
        await GivenACouncil();

        var answer = await Post(ProposalsOf(CouncilId), Divided());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("proposal.dissent-required", answer.ProblemCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(ProposalAt(ProposalId))).Status);
        Assert.Equal(2L, await EventCount());
    }

    [Fact]
    public async Task A_consensus_with_dissenting_views_breaks_rule_14()
    {
        await GivenACouncil();
        var body = """
            {"kind":"proposal","subject":"Square","majorityPosition":"Éclairer.","reachedByConsensus":true,
             "dissentingViews":["Contre."],"addressedTo":"Mairie du 18e","filedOn":"2017-10-02"}
            """;

        var answer = await Post(ProposalsOf(CouncilId), body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("proposal.dissent-with-consensus", answer.ProblemCode);
        Assert.Equal(2L, await EventCount());
    }

    [Fact]
    public async Task Filing_for_an_unknown_council_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post(ProposalsOf(Guid.NewGuid()), Unanimous())).Status);

    [Fact]
    public async Task Filing_the_same_proposal_id_twice_is_a_conflict()
    {
        await GivenACouncil();
        await Post(ProposalsOf(CouncilId), Unanimous());

        Assert.Equal(HttpStatusCode.Conflict, (await Post(ProposalsOf(CouncilId), Unanimous())).Status);
    }

    [Fact]
    public async Task An_unknown_proposal_is_not_found()
    {
        var answer = await Get(ProposalAt(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }

    [Theory]
    [InlineData("""{"kind":"petition","subject":"S","majorityPosition":"M","reachedByConsensus":true,"addressedTo":"Mairie","filedOn":"2017-10-02"}""")]
    [InlineData("""{"kind":"proposal","subject":"","majorityPosition":"M","reachedByConsensus":true,"addressedTo":"Mairie","filedOn":"2017-10-02"}""")]
    [InlineData("""{"kind":"proposal","subject":"S","majorityPosition":"M","addressedTo":"Mairie","filedOn":"2017-10-02"}""")]
    [InlineData("""{"kind":"proposal","subject":"S","majorityPosition":"M","reachedByConsensus":false,"dissentingViews":[""],"addressedTo":"Mairie","filedOn":"2017-10-02"}""")]
    [InlineData("""{"kind":"proposal","subject":"S","majorityPosition":"M","reachedByConsensus":true,"addressedTo":"","filedOn":"2017-10-02"}""")]
    [InlineData("""{"kind":"proposal","subject":"S","majorityPosition":"M","reachedByConsensus":true,"addressedTo":"Mairie","filedOn":"2017-13-02"}""")]
    public async Task A_malformed_proposal_is_a_400_problem_and_files_nothing(string json)
    {
        await GivenACouncil();

        var answer = await Post(ProposalsOf(CouncilId), json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(2L, await EventCount());
    }
}
