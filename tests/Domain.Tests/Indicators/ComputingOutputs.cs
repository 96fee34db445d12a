using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Interpellations;
using static ConseilsCitoyens.Domain.Tests.Indicators.IndicatorFixtures;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

public class ComputingOutputs
{
    private static readonly IReadOnlySet<Guid> Councils = new HashSet<Guid> { Tests.Councils.CouncilFixtures.CouncilId };

    [Fact]
    public void Steering_sessions_count_those_held_in_the_period_and_those_with_a_representative()
    {
        var sessions = new[] { Session(1, D(2018, 2, 12), true), Session(2, D(2018, 5, 14), false), Session(3, D(2017, 11, 6), true) };

        Assert.Equal(2, OutputIndicators.SteeringSessions(sessions, Councils, Year2018));
        Assert.Equal(1, OutputIndicators.SteeringSessionsWithRepresentative(sessions, Councils, Year2018));
    }

    [Fact]
    public void Proposals_are_counted_when_filed_and_when_answered_in_the_period()
    {
        var proposals = new[]
        {
            FiledProposal(1, D(2017, 12, 1), answeredOn: D(2018, 1, 10)),
            FiledProposal(2, D(2018, 3, 1), answeredOn: D(2018, 3, 31)),
            FiledProposal(3, D(2018, 4, 2)),
        };

        Assert.Equal(2, OutputIndicators.ProposalsFiled(proposals, Year2018));
        Assert.Equal(2, OutputIndicators.ProposalsAnswered(proposals, Year2018));
    }

    [Fact]
    public void The_median_answer_delay_averages_the_two_middle_delays()
    {
        var proposals = new[]
        {
            FiledProposal(1, D(2018, 1, 1), answeredOn: D(2018, 1, 11)),
            FiledProposal(2, D(2018, 2, 1), answeredOn: D(2018, 3, 3)),
            FiledProposal(3, D(2018, 3, 1), answeredOn: D(2018, 3, 21)),
            FiledProposal(4, D(2018, 4, 1), answeredOn: D(2018, 4, 6)),
        };

        Assert.Equal(15m, OutputIndicators.AnswerDelayDaysMedian(proposals, Year2018));
        Assert.Equal(20m, OutputIndicators.AnswerDelayDaysMedian(proposals[..3], Year2018));
        Assert.Null(OutputIndicators.AnswerDelayDaysMedian([FiledProposal(5, D(2018, 5, 1))], Year2018));
    }

    [Fact]
    public void Interpellations_are_counted_at_the_stage_they_stood_at_on_the_last_day()
    {
        var interpellations = new[]
        {
            InterpellationAt(1, (InterpellationStage.Referred, D(2018, 1, 8)), (InterpellationStage.Transmitted, D(2018, 2, 5))),
            InterpellationAt(2, (InterpellationStage.Referred, D(2018, 3, 5)), (InterpellationStage.Transmitted, D(2019, 1, 7))),
            InterpellationAt(3, (InterpellationStage.Referred, D(2019, 2, 4))),
        };

        var byStage = OutputIndicators.InterpellationsByStage(interpellations, Year2018);

        Assert.Equal(1, byStage["referred"]);
        Assert.Equal(1, byStage["transmitted"]);
        Assert.Equal(0, byStage["closed"]);
        Assert.Equal(5, byStage.Count);
    }

    [Fact]
    public void Initiatives_and_funds_are_counted_by_the_dates_of_their_supports()
    {
        var initiatives = new[]
        {
            InitiativeWith(1, D(2017, 9, 4), (150_000, D(2018, 2, 1)), (null, D(2018, 3, 1))),
            InitiativeWith(2, D(2018, 5, 7), (50_000, D(2019, 1, 15))),
        };

        Assert.Equal(1, OutputIndicators.InitiativesLaunched(initiatives, Year2018));
        Assert.Equal(1, OutputIndicators.InitiativesSupported(initiatives, Year2018));
        Assert.Equal(150_000, OutputIndicators.FundsObtainedCents(initiatives, Year2018));
    }

    [Fact]
    public void Compliance_warnings_are_counted_per_rule_in_the_period()
    {
        var warnings = new[] { Warning(12, D(2018, 2, 12)), Warning(12, D(2018, 5, 14)), Warning(6, D(2018, 7, 2)), Warning(6, D(2017, 7, 3)) };

        var byRule = OutputIndicators.ComplianceWarningsByRule(warnings, Year2018);

        Assert.Equal(new Dictionary<string, int> { ["rule-6"] = 1, ["rule-12"] = 2 }, byRule);
    }
}
