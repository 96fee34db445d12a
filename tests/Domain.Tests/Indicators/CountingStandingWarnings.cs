using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.SteeringSessions;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Indicators.IndicatorFixtures;
using Ids = ConseilsCitoyens.Domain.Conventions.IndicatorIds;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

/// <summary>Compliance is counted by the facts as they now stand: a corrected steering session is judged as corrected.</summary>
public class CountingStandingWarnings
{
    private static readonly ComplianceWarningRecorded NotRepresented = Compliance.Warn(CouncilId, 12, "steering.council-not-represented",
        "No representative of the council was present at the steering session of 2018-02-12.", D(2018, 2, 12));

    private static IndicatorValue Warnings(ReportFacts facts) =>
        Report.Compute(facts, Year2018).Single(v => v.Definition.Id == Ids.ComplianceWarnings);

    private static ReportFacts Given(SteeringSession session, params ComplianceWarningRecorded[] warnings) =>
        ReportFacts.None with { Councils = [GivenCouncil(Created())], SteeringSessions = [session], Warnings = warnings };

    [Fact]
    public void A_session_corrected_to_represented_no_longer_counts_its_rule_12_warning()
    {
        var corrected = SteeringSession.Evolve(Session(1, D(2018, 2, 12), represented: false),
            new SteeringParticipationCorrected(Id(301), CouncilId, true, [Id(1)], true, false, D(2018, 3, 1)));

        var value = Warnings(Given(corrected, NotRepresented, Warning(6, D(2018, 4, 2))));

        Assert.Equal(1m, value.Value);
        Assert.Equal(new Dictionary<string, int> { ["rule-6"] = 1 }, value.Breakdown);
    }

    [Fact]
    public void A_session_still_unrepresented_counts_once_however_many_times_it_was_corrected()
    {
        var stillUnrepresented = SteeringSession.Evolve(Session(1, D(2018, 2, 12), represented: false),
            new SteeringParticipationCorrected(Id(301), CouncilId, true, [], false, false, D(2018, 3, 1)));

        var value = Warnings(Given(stillUnrepresented, NotRepresented, NotRepresented with { Message = "again" }));

        Assert.Equal(new Dictionary<string, int> { ["rule-12"] = 1 }, value.Breakdown);
    }

    [Fact]
    public void Only_the_sessions_held_in_the_period_count_their_rule_12_warnings_its_first_and_last_days_included()
    {
        SteeringSession Unrepresented(int n, NodaTime.LocalDate heldOn) => Session(n, heldOn, represented: false);
        var facts = ReportFacts.None with
        {
            Councils = [GivenCouncil(Created())],
            SteeringSessions =
            [
                Unrepresented(1, D(2017, 12, 31)), Unrepresented(2, D(2018, 1, 1)), Unrepresented(3, D(2018, 6, 30)),
                Unrepresented(4, D(2018, 12, 31)), Unrepresented(5, D(2019, 1, 1)),
            ],
        };

        Assert.Equal(new Dictionary<string, int> { ["rule-12"] = 3 }, Warnings(facts).Breakdown);
        Assert.Equal(new Dictionary<string, int> { ["rule-12"] = 1 },
            Report.Compute(facts, new ReportPeriod(D(2019, 1, 1), D(2019, 3, 31))).Single(v => v.Definition.Id == Ids.ComplianceWarnings).Breakdown);
    }

    [Fact]
    public void A_session_corrected_to_uninvited_counts_both_ways_the_council_was_left_out() =>
        Assert.Equal(new Dictionary<string, int> { ["rule-12"] = 2 }, Warnings(Given(
            SteeringSession.Evolve(Session(1, D(2018, 2, 12), represented: true),
                new SteeringParticipationCorrected(Id(301), CouncilId, false, [], false, false, D(2018, 3, 1))))).Breakdown);
}
