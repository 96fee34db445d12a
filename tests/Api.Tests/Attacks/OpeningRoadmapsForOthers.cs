using System.Net;
using static ConseilsCitoyens.Api.Tests.Roadmaps.RoadmapScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.Team.TeamScenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>
/// A facilitator opens a roadmap in a colleague's name, edits a colleague's roadmap, or opens one
/// for a council not assigned to them; their own roadmap for their own council is theirs to open.
/// </summary>
public class OpeningRoadmapsForOthers(ApiFixture fixture) : AttackTest(fixture)
{
    private static readonly object RecentAction = Action(proposedOn: "2018-06-15", dueOn: "2018-12-15");

    private async Task GivenTwoFacilitatorsOfTheFirstCouncil()
    {
        await GivenTwoCouncilsAndAFacilitatorOfTheFirst();
        await Post("/team", Recruitment(SecondFacilitatorId));
        await Post($"{TeamMember(SecondFacilitatorId)}/assignments", Assignment(CouncilId, "2018-01-01"));
        await Post($"{TeamMember(SecondFacilitatorId)}/assignments", Assignment(OtherCouncilId, "2018-01-01"));
        foreach (var quartier in new[] { "QP999001", "QP999002" })
            await Post($"/quartiers/{quartier}/diagnostic/versions", Diagnostics.DiagnosticScenarios.Version("2017-06-01", ["Constat d'essai"],
                Diagnostics.DiagnosticScenarios.Priority("Priorité d'essai", id: PriorityId)));
    }

    [Fact]
    public async Task A_facilitator_opens_their_own_roadmap_for_their_council()
    {
        await GivenTwoFacilitatorsOfTheFirstCouncil();

        var opened = await AsFacilitator(HttpMethod.Post, "/roadmaps", Open(RecentAction));

        Assert.Equal(HttpStatusCode.Created, opened.Status);
        Assert.Equal(HttpStatusCode.OK, (await AsFacilitator(HttpMethod.Post, $"{opened.Location}/actions",
            Action(OtherActionId, rank: 2, proposedOn: "2018-06-20", dueOn: "2018-12-15"))).Status);
    }

    [Fact]
    public async Task A_colleague_s_roadmap_is_neither_opened_nor_edited()
    {
        await GivenTwoFacilitatorsOfTheFirstCouncil();
        var before = await CountEvents();
        var inTheirName = await AsFacilitator(HttpMethod.Post, "/roadmaps", Open(RecentAction, facilitatorId: SecondFacilitatorId));
        Assert.Equal(before, await CountEvents());
        var colleagues = (await Post("/roadmaps", Open(RecentAction, facilitatorId: SecondFacilitatorId), role: "coordinator")).Location;
        before = await CountEvents();

        var edit = await AsFacilitator(HttpMethod.Post, $"{colleagues}/actions", Action(OtherActionId, rank: 2, proposedOn: "2018-06-20", dueOn: "2018-12-15"));
        var otherCouncil = await AsFacilitator(HttpMethod.Post, "/roadmaps", Open(RecentAction, councilId: OtherCouncilId));

        Assert.Equal(HttpStatusCode.Forbidden, edit.Status);
        Assert.Equal(HttpStatusCode.Forbidden, otherCouncil.Status);
        Assert.Equal(HttpStatusCode.Forbidden, inTheirName.Status);
        Assert.Equal(before, await CountEvents());
    }
}
