using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Immersions;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.Team;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Indicators.IndicatorFixtures;
using Ids = ConseilsCitoyens.Domain.Conventions.IndicatorIds;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

public class ComputingProgrammeIndicators
{
    private static readonly Guid OtherCouncil = Id(9);
    private static readonly Guid FacilitatorId = Id(700);

    public static ActivityLog Log(params object[] events) => events.Aggregate((ActivityLog?)null, ActivityLog.Evolve)!;

    public static MobilisationRecorded Mobilisation(int n, LocalDate on, int reached, Guid? council = null) =>
        new(ActivityLog.StreamIdFor(FacilitatorId), FacilitatorId, Id(800 + n), on, council ?? CouncilId, "Porte-à-porte", reached, 0);

    public static Roadmap RoadmapWith(Guid council, params (LocalDate Proposed, LocalDate? Done)[] actions)
    {
        var id = Roadmap.StreamIdFor(FacilitatorId, council);
        var events = new List<object> { new RoadmapOpened(id, FacilitatorId, council, actions[0].Proposed) };
        foreach (var (a, i) in actions.Select((a, i) => (a, i)))
        {
            events.Add(new RoadmapActionProposed(id, council, Id(900 + i), "Action", RoadmapActionKind.Action, Id(990), a.Proposed.PlusMonths(6), i + 1, a.Proposed));
            if (a.Done is { } done)
            {
                events.Add(new RoadmapActionStarted(id, council, Id(900 + i), a.Proposed));
                events.Add(new RoadmapActionCompleted(id, council, Id(900 + i), "Fait", done));
            }
        }
        return events.Aggregate((Roadmap?)null, Roadmap.Evolve)!;
    }

    public static Immersion ImmersionOn(int n, LocalDate on) =>
        Immersion.Evolve(null, new ImmersionRecorded(Id(1000 + n), FacilitatorId, Id(1100), on, 3m, "Rencontre", null));

    public static TeamMember Trained(params (decimal Hours, LocalDate On)[] trainings) =>
        trainings.Aggregate(TeamMember.Evolve(null, new TeamMemberRecruited(FacilitatorId, TeamRole.Facilitator, ContractKind.Cdi, D(2017, 1, 2), null)),
            (f, t) => TeamMember.Evolve(f, new TrainingCompleted(FacilitatorId, "Animation", t.Hours, t.On)));

    [Fact]
    public void Residents_reached_sum_the_mobilisations_for_the_councils_in_scope_that_were_not_cancelled()
    {
        var log = Log(
            Mobilisation(1, D(2018, 2, 5), 12),
            Mobilisation(2, D(2018, 3, 5), 7, council: OtherCouncil),
            Mobilisation(3, D(2017, 12, 4), 30),
            Mobilisation(4, D(2018, 4, 9), 5),
            new ActivityEntryCancelled(ActivityLog.StreamIdFor(FacilitatorId), FacilitatorId, Id(804), "Doublon", D(2018, 6, 1)));
        var facts = Facts(GivenCouncil(Created())) with { ActivityLogs = [log] };

        // 12 (February); April's was cancelled: a correction, it counts in no period, even one that ends before the
        // cancellation's recorded date (a date that older cancellations carry).
        Assert.Equal(12m, Value(facts, Ids.ResidentsReached, new ReportPeriod(D(2018, 1, 1), D(2018, 5, 31))));
        Assert.Equal(12m, Value(facts, Ids.ResidentsReached, Year2018));
    }

    [Fact]
    public void Roadmap_actions_done_count_those_of_the_councils_in_scope_done_in_the_period()
    {
        var ours = RoadmapWith(CouncilId, (D(2017, 10, 2), D(2018, 1, 15)), (D(2017, 10, 2), D(2017, 12, 1)), (D(2018, 2, 1), null));
        var theirs = RoadmapWith(OtherCouncil, (D(2017, 10, 2), D(2018, 3, 1)));
        var facts = Facts(GivenCouncil(Created())) with { Roadmaps = [ours, theirs] };

        Assert.Equal(1m, Value(facts, Ids.RoadmapActionsDone, Year2018));
    }

    [Fact]
    public void Immersions_and_training_hours_are_the_programme_s_and_empty_below_it()
    {
        var programme = new ProgrammeFacts(
            [ImmersionOn(1, D(2018, 3, 1)), ImmersionOn(2, D(2018, 9, 3)), ImmersionOn(3, D(2019, 1, 7))],
            [Trained((7m, D(2018, 1, 22)), (3.5m, D(2018, 11, 5)), (14m, D(2017, 6, 1)))]);
        var facts = Facts(GivenCouncil(Created())) with { Programme = programme };

        Assert.Equal(2m, Value(facts, Ids.Immersions, Year2018));
        Assert.Equal(10.5m, Value(facts, Ids.TrainingHours, Year2018));
        Assert.Null(Value(facts.For(facts.Councils), Ids.Immersions, Year2018));
        Assert.Null(Value(facts.For(facts.Councils), Ids.TrainingHours, Year2018));
    }

    [Fact]
    public void Every_indicator_is_now_reported()
    {
        Assert.All(IndicatorDefinitions.All, d => Assert.True(d.Reported, d.Id));
        Assert.Equal(IndicatorDefinitions.All.Count, Report.Compute(ReportFacts.None, Year2018).Count);
    }

    private static decimal? Value(ReportFacts facts, string id, ReportPeriod period) =>
        Report.Compute(facts, period).Single(v => v.Definition.Id == id).Value;
}
