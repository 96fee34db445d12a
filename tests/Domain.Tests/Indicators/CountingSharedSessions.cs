using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.SteeringSessions;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Indicators.IndicatorFixtures;
using Ids = ConseilsCitoyens.Domain.Conventions.IndicatorIds;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

/// <summary>
/// A copil shared by two councils, where only the first was represented and spoke, and a session of
/// the first council alone: the programme counts the copil once, each council its own participation.
/// </summary>
public class CountingSharedSessions
{
    private static readonly Guid Second = Id(2);
    private static readonly Council First = GivenCouncil(Created());
    private static readonly Council Other = GivenCouncil(new CouncilCreated(Second, "Autre conseil", ["QP999002"], CreatedOn));

    private static readonly SteeringSession Copil = new[]
    {
        (object)new SteeringSessionHeld(Id(301), SteeringBody.SteeringCommittee, "COPIL", D(2018, 2, 12), [CouncilId, Second]),
        new SteeringParticipationRecorded(Id(301), CouncilId, true, [Id(1)], true, false, D(2018, 2, 12)),
        new SteeringParticipationRecorded(Id(301), Second, true, [], false, false, D(2018, 2, 12)),
    }.Aggregate((SteeringSession?)null, SteeringSession.Evolve)!;

    private static readonly ReportFacts Programme = ReportFacts.None with
    {
        Councils = [First, Other],
        SteeringSessions = [Copil, Session(2, D(2018, 5, 14), represented: true)],
    };

    private static decimal? Value(ReportFacts facts, string id) => Report.Compute(facts, Year2018).Single(v => v.Definition.Id == id).Value;

    [Fact]
    public void The_programme_counts_a_shared_session_once()
    {
        Assert.Equal(2m, Value(Programme, Ids.SteeringSessions));
        Assert.Equal(2m, Value(Programme, Ids.SteeringSessionsWithRepresentative));
    }

    [Fact]
    public void The_programme_counts_each_council_s_participation()
    {
        Assert.Equal(3m, Value(Programme, Ids.SteeringInvitations));
        Assert.Equal(2m, Value(Programme, Ids.SteeringPresences));
        Assert.Equal(1m, Value(Programme, Ids.SteeringInterventions));
        Assert.Equal(new Dictionary<string, int> { ["rule-12"] = 1 },
            Report.Compute(Programme, Year2018).Single(v => v.Definition.Id == Ids.ComplianceWarnings).Breakdown);
    }

    [Fact]
    public void Each_council_counts_the_shared_session_by_its_own_participation()
    {
        var second = Programme.For([Other]);

        Assert.Equal((1m, 0m, 1m, 0m), (Value(second, Ids.SteeringSessions), Value(second, Ids.SteeringSessionsWithRepresentative),
            Value(second, Ids.SteeringInvitations), Value(second, Ids.SteeringPresences)));
        Assert.Equal(1m, Value(second, Ids.ComplianceWarnings));
        var first = Programme.For([First]);
        Assert.Equal((2m, 2m, 0m), (Value(first, Ids.SteeringSessions), Value(first, Ids.SteeringSessionsWithRepresentative),
            Value(first, Ids.ComplianceWarnings)));
    }
}
