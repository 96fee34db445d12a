using System.Net;
using static ConseilsCitoyens.Api.Tests.Proposals.ProposalScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Proposals;

public class WithdrawingProposals(ApiFixture fixture) : ApiTest(fixture)
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
    public async Task An_unanswered_proposal_is_withdrawn_with_its_reason()
    {
        await GivenAProposal();

        var withdrawn = await Post(WithdrawalUrl, Withdrawal(), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, withdrawn.Status);
        Assert.Equal("\"2\"", withdrawn.ETag);
        var json = (await Get(ProposalAt(ProposalId))).Json;
        Assert.Equal("withdrawn", json.GetProperty("status").GetString());
        Assert.Equal("Le projet a été abandonné par le bailleur.", json.GetProperty("withdrawal").GetProperty("reason").GetString());
        Assert.Equal("2017-10-20", json.GetProperty("withdrawal").GetProperty("withdrawnOn").GetString());
    }

    [Fact]
    public async Task A_withdrawn_proposal_is_not_answered_and_keeps_its_version()
    {
        await GivenAProposal();
        await Post(WithdrawalUrl, Withdrawal());

        var answer = await Post(AnswerUrl, Answer());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("proposal.withdrawn", answer.ProblemCode);
        Assert.Equal("\"2\"", (await Get(ProposalAt(ProposalId))).ETag);
    }

    [Fact]
    public async Task An_answered_proposal_can_no_longer_be_withdrawn()
    {
        await GivenAProposal();
        await Post(AnswerUrl, Answer());

        var withdrawal = await Post(WithdrawalUrl, Withdrawal("2017-12-01"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, withdrawal.Status);
        Assert.Equal("proposal.already-answered", withdrawal.ProblemCode);
        Assert.Equal("answered", (await Get(ProposalAt(ProposalId))).Json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412()
    {
        await GivenAProposal();
        await Post(AnswerUrl, Answer());

        var stale = await Post(WithdrawalUrl, Withdrawal(), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("\"2\"", (await Get(ProposalAt(ProposalId))).ETag);
    }

    [Fact]
    public async Task Withdrawing_an_unknown_proposal_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/proposals/{Guid.NewGuid()}/withdrawal", Withdrawal())).Status);

    [Theory]
    [InlineData("""{"reason":"","withdrawnOn":"2017-10-20"}""")]
    [InlineData("""{"withdrawnOn":"2017-10-20"}""")]
    [InlineData("""{"reason":"R","withdrawnOn":"2017-10-20","by":"x"}""")]
    public async Task A_malformed_withdrawal_is_a_400_problem_and_appends_nothing(string json)
    {
        await GivenAProposal();

        var answer = await Post(WithdrawalUrl, json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("\"1\"", (await Get(ProposalAt(ProposalId))).ETag);
    }
}
