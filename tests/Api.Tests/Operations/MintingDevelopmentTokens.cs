using System.Net;
using ConseilsCitoyens.Api.Tests.Infrastructure;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Operations;

/// <summary>`dev-tokens`, run as build/run.sh runs it: a token per role, the facilitator's naming an assigned team member.</summary>
public class MintingDevelopmentTokens(ApiFixture fixture) : Reports.ReportTest(fixture)
{
    [Fact]
    public async Task The_facilitator_token_names_the_first_assigned_team_member()
    {
        await Expect(HttpStatusCode.Created, Post("/quartiers", Quartier()));
        await Expect(HttpStatusCode.Created, Post("/councils", Council()));
        await Expect(HttpStatusCode.Created, GivenTheFacilitator());
        await Expect(HttpStatusCode.Created, Post($"/team/{Team.TeamScenarios.FacilitatorId}/assignments", Team.TeamScenarios.Assignment(CouncilId)));

        var run = await ApiProcess.Run("dev-tokens");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Equal(6, run.Stdout.Split('\n').Count(line => line.Trim().StartsWith("ey", StringComparison.Ordinal) || line.Contains(" ey", StringComparison.Ordinal)));
        Assert.Contains($"the facilitator is team member {Team.TeamScenarios.FacilitatorId}, assigned to council {CouncilId}", run.Stdout);
        Assert.DoesNotContain("no assigned facilitator", run.Stderr);
    }
}
