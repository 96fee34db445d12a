using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Roadmaps;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Roadmaps.RoadmapFixtures;

namespace ConseilsCitoyens.Domain.Tests.Roadmaps;

public class ViewingRoadmaps
{
    private static TerritoryDiagnostic Diagnostic(params (LocalDate On, string Statement)[] versions) =>
        versions.Select((v, i) => new DiagnosticVersionPublished(Guid.Empty, "QP999001", i + 1, v.On, ["Constat"],
                [new Priority(PriorityId, v.Statement, PrioritySource.Residents, null)]))
            .Aggregate((TerritoryDiagnostic?)null, (d, e) => TerritoryDiagnostic.Evolve(d, e))!;

    [Fact]
    public void The_view_counts_actions_per_status_on_the_date_each_with_its_priority_as_then_worded()
    {
        var roadmap = GivenRoadmap(Opened(), Proposed(), Started(), Proposed(OtherActionId, rank: 2));
        var diagnostic = Diagnostic((new LocalDate(2017, 6, 1), "Lieux de rencontre"), (new LocalDate(2018, 2, 1), "Lieux de rencontre ouverts le soir"));

        var december = RoadmapView.Of([roadmap], [diagnostic], new LocalDate(2017, 12, 1));
        var march = RoadmapView.Of([roadmap], [diagnostic], new LocalDate(2018, 3, 1));

        // Due 2017-12-15: on 1 December one in progress, one planned; by March both overdue.
        Assert.Equal(new RoadmapStatusCounts(Planned: 1, InProgress: 1, Done: 0, Dropped: 0, Overdue: 0), december.Counts);
        Assert.Equal(new RoadmapStatusCounts(Planned: 0, InProgress: 0, Done: 0, Dropped: 0, Overdue: 2), march.Counts);
        Assert.Equal("Lieux de rencontre", december.Roadmaps[0].Actions[0].Priority.Statement);
        Assert.Equal("Lieux de rencontre ouverts le soir", march.Roadmaps[0].Actions[0].Priority.Statement);
        Assert.Empty(RoadmapView.Of([roadmap], [diagnostic], new LocalDate(2017, 9, 1)).Roadmaps);
    }
}
