using System.Net;
using static ConseilsCitoyens.Api.Tests.Proposals.ProposalScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Proposals;

public class AnsweringProposals(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string AnswerUrl = $"{ProposalAt(ProposalId)}/answer";
    private static readonly string WithdrawalUrl = $"{ProposalAt(ProposalId)}/withdrawal";

    private async Task GivenAProposal()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post(ProposalsOf(CouncilId), Unanimous());
    }

    [Fact]
    public async Task The_answer_is_recorded_and_the_read_model_gives_its_delay_in_days()
    {
        await GivenAProposal();

        var answered = await Post(AnswerUrl, Answer(), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, answered.Status);
        Assert.Equal("\"2\"", answered.ETag);
        var read = await Get(ProposalAt(ProposalId));
        Assert.Equal("\"2\"", read.ETag);
        var json = read.Json;
        Assert.Equal("answered", json.GetProperty("status").GetString());
        Assert.Equal(42, json.GetProperty("answerDelayDays").GetInt32());
        var answer = json.GetProperty("answer");
        Assert.Equal("partlyAccepted", answer.GetProperty("outcome").GetString());
        Assert.Equal("Mairie du 18e", answer.GetProperty("answeredBy").GetString());
        Assert.Equal("2017-11-13", answer.GetProperty("answeredOn").GetString());
    }

    [Fact]
    public async Task An_unanswered_proposal_has_no_answer_delay()
    {
        await GivenAProposal();

        var json = (await Get(ProposalAt(ProposalId))).Json;

        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("answerDelayDays").ValueKind);
    }

    [Fact]
    public async Task Repeating_the_same_answer_appends_nothing()
    {
        await GivenAProposal();
        await Post(AnswerUrl, Answer());

        var again = await Post(AnswerUrl, Answer());

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("\"2\"", again.ETag);
    }

    [Fact]
    public async Task A_second_different_answer_is_refused()
    {
        await GivenAProposal();
        await Post(AnswerUrl, Answer());

        var second = await Post(AnswerUrl, Answer(outcome: "rejected"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.Status);
        Assert.Equal("proposal.already-answered", second.ProblemCode);
    }

    [Fact]
    public async Task An_answer_dated_before_the_filing_breaks_a_rule_and_leaves_no_trace()
    {
        await GivenAProposal();

        var answer = await Post(AnswerUrl, Answer("2017-10-01"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("proposal.answered-before-filing", answer.ProblemCode);
        var read = await Get(ProposalAt(ProposalId));
        Assert.Equal("\"1\"", read.ETag);
        Assert.Equal("awaitingAnswer", read.Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412_and_appends_nothing()
    {
        await GivenAProposal();
        await Post(WithdrawalUrl, Withdrawal());

        var stale = await Post(AnswerUrl, Answer(), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("version.stale", stale.ProblemCode);
        Assert.Equal("\"2\"", (await Get(ProposalAt(ProposalId))).ETag);
    }

    [Fact]
    public async Task Answering_an_unknown_proposal_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/proposals/{Guid.NewGuid()}/answer", Answer())).Status);

    [Theory]
    [InlineData("""{"outcome":"maybe","answerText":"T","answeredBy":"Mairie","answeredOn":"2017-11-13"}""")]
    [InlineData("""{"outcome":"accepted","answerText":"","answeredBy":"Mairie","answeredOn":"2017-11-13"}""")]
    [InlineData("""{"outcome":"accepted","answerText":"T","answeredOn":"2017-11-13"}""")]
    [InlineData("""{"outcome":"accepted","answerText":"T","answeredBy":"Mairie","answeredOn":"13/11/2017"}""")]
    public async Task A_malformed_answer_is_a_400_problem_and_appends_nothing(string json)
    {
        await GivenAProposal();

        var answer = await Post(AnswerUrl, json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("\"1\"", (await Get(ProposalAt(ProposalId))).ETag);
    }
}
