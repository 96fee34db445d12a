using ConseilsCitoyens.Api.Tests.Attacks;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.Team;
using ConseilsCitoyens.Projections.Serialization;
using Marten;
using Marten.Events;
using NodaTime;
using static ConseilsCitoyens.Api.Tests.Roadmaps.RoadmapScenarios;

namespace ConseilsCitoyens.Api.Tests.Audit;

/// <summary>
/// A renamed event type keeps the name the log stores it under, and a row written before the
/// rename (its mt_dotnet_type naming the former type) reads as the renamed type everywhere; a renamed
/// document type keeps its table.
/// </summary>
public class ReadingRenamedEvents(ApiFixture fixture) : AuditChainAttack(fixture)
{
    private async Task<Guid> GivenACompletedAction()
    {
        var roadmap = await GivenARoadmap();
        await Post(ActionUrl(roadmap, "commencement"), new { startedOn = "2017-10-02" });
        await Post(ActionUrl(roadmap, "completion"), new { outcome = "Trois réunions", doneOn = "2017-12-01" });
        return Guid.Parse(roadmap.Split('/').Last());
    }

    [Fact]
    public async Task A_completed_action_is_stored_under_the_name_its_type_had_first()
    {
        await GivenACompletedAction();

        Assert.Equal(1, await Scalar("select count(*) from conseils.mt_events where type = 'roadmap_action_done'"));
        Assert.Equal(0, await Scalar("select count(*) from conseils.mt_events where type = 'roadmap_action_completed'"));
    }

    [Fact]
    public async Task An_action_completed_before_the_rename_still_reads_as_completed()
    {
        var roadmapId = await GivenACompletedAction();
        await AsTheDatabaseOwner("update conseils.mt_events set mt_dotnet_type = replace(mt_dotnet_type, 'RoadmapActionCompleted', 'RoadmapActionDone') " +
                                 "where type = 'roadmap_action_done'");
        Assert.Equal(1, await Scalar("select count(*) from conseils.mt_events where mt_dotnet_type like 'ConseilsCitoyens.Domain.Roadmaps.RoadmapActionDone,%'"));

        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        var completed = Assert.IsType<RoadmapActionCompleted>((await session.Events.FetchStreamAsync(roadmapId)).Last().Data);
        var replayed = await session.Events.AggregateStreamAsync<Roadmap>(roadmapId);
        var shown = (await Get("/audit/events?type=roadmap_action_done", role: "auditor")).Json.GetProperty("events")[0];

        Assert.Equal(new LocalDate(2017, 12, 1), completed.DoneOn);
        Assert.Equal(new LocalDate(2017, 12, 1), Assert.Single(replayed!.Actions).Done?.On);
        Assert.Equal("2017-12-01", shown.GetProperty("businessDate").GetString());
        Assert.Equal("Trois réunions", shown.GetProperty("payload").GetProperty("outcome").GetString());
    }

    [Fact]
    public void Every_renamed_type_is_stored_under_its_first_name_and_read_from_its_former_one()
    {
        var events = (EventGraph)Fixture.Store.Options.Events;

        Assert.All(RenamedEvents.All, renamed =>
        {
            Assert.Equal(renamed.StoredName, events.EventMappingFor(renamed.Type).EventTypeName);
            Assert.Equal(renamed.Type, RenamedEvents.ClrType($"{renamed.FormerClrName}, ConseilsCitoyens.Domain"));
        });
    }

    [Fact]
    public async Task A_coordinator_recruited_before_the_rename_still_reads_as_a_recruited_team_member()
    {
        await Post("/team", Team.TeamScenarios.Recruitment(role: "coordinator"));
        await AsTheDatabaseOwner("update conseils.mt_events set mt_dotnet_type = replace(mt_dotnet_type, 'TeamMemberRecruited', 'FacilitatorRecruited') " +
                                 "where type = 'facilitator_recruited'");
        Assert.Equal(1, await Scalar("select count(*) from conseils.mt_events where mt_dotnet_type like 'ConseilsCitoyens.Domain.Team.FacilitatorRecruited,%'"));

        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        var id = Team.TeamScenarios.FacilitatorId;
        var recruited = Assert.IsType<TeamMemberRecruited>(Assert.Single(await session.Events.FetchStreamAsync(id)).Data);
        var replayed = await session.Events.AggregateStreamAsync<TeamMember>(id);
        var shown = (await Get("/audit/events?type=facilitator_recruited", role: "auditor")).Json.GetProperty("events")[0];

        Assert.Equal(TeamRole.Coordinator, recruited.Role);
        Assert.Equal(TeamRole.Coordinator, replayed!.Role);
        Assert.Equal("2017-09-04", shown.GetProperty("businessDate").GetString());
        Assert.Equal(1, await Scalar("select count(*) from conseils.mt_doc_facilitator"));
    }
}
