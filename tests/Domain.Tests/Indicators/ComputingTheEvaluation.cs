using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Meetings;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Indicators.IndicatorFixtures;
using ConventionState = ConseilsCitoyens.Domain.Conventions.Convention;
using Ids = ConseilsCitoyens.Domain.Conventions.IndicatorIds;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

public class ComputingTheEvaluation
{
    private static readonly Guid ConventionId = Id(2000);

    private static ConventionState Signed(params object[] events) =>
        events.Aggregate(ConventionState.Evolve(null, new ConventionSigned(ConventionId, "Convention", ["Ville de Paris"], "Coordination",
            "convention d'objectifs", D(2016, 12, 1), D(2017, 1, 1), 3, ["Autonomie"])), ConventionState.Evolve);

    private static readonly ReportFacts Meetings = Facts(GivenCouncil(Created()), [
        HeldMeeting(1, D(2017, 3, 14), convenedBy: Actor.Facilitator, chairedBy: Actor.Facilitator),
        HeldMeeting(2, D(2018, 3, 14)),
        HeldMeeting(3, D(2018, 5, 16), convenedBy: Actor.Facilitator),
        HeldMeeting(4, D(2018, 9, 12)),
    ]);

    [Fact]
    public void A_convention_year_runs_through_its_own_last_day_and_has_ended_the_day_after()
    {
        var convention = Signed();

        Assert.Equal(ConventionYearState.Running, Evaluation.Compute(Meetings, convention, D(2017, 12, 31)).Years[0].State);
        Assert.Equal(ConventionYearState.Ended, Evaluation.Compute(Meetings, convention, D(2018, 1, 1)).Years[0].State);
    }

    [Fact]
    public void Each_year_holds_the_target_in_force_on_the_date_the_value_to_that_date_and_the_gap()
    {
        var convention = Signed(
            new YearlyTargetSet(ConventionId, Ids.MeetingsHeld, 2, 4m, D(2017, 1, 10)),
            new YearlyTargetRevised(ConventionId, Ids.MeetingsHeld, 2, 4m, 3m, "Moins de réunions, plus longues", D(2018, 7, 2)),
            new YearlyTargetSet(ConventionId, Ids.MeetingsHeld, 1, 2m, D(2017, 1, 10)),
            new YearlyTargetSet(ConventionId, Ids.Members, 3, 20m, D(2019, 1, 7)));

        var evaluation = Evaluation.Compute(Meetings, convention, D(2018, 6, 30));

        Assert.Equal([ConventionYearState.Ended, ConventionYearState.Running, ConventionYearState.NotStarted], evaluation.Years.Select(y => y.State));
        var first = Assert.Single(evaluation.Years[0].Targets);
        // Year 1 (2017): one meeting against 2 → gap −1, attainment 0.5.
        Assert.Equal((2m, 1m, -1m, 0.5m), (first.Target, first.Value!.Value, first.Gap!.Value, first.Attainment!.Value));
        // Year 2 on 30 June 2018: the revision of 2 July is not in force yet (4); two meetings so far → −2, 0.5.
        var second = Assert.Single(evaluation.Years[1].Targets);
        Assert.Equal((4m, 2m, -2m, 0.5m), (second.Target, second.Value!.Value, second.Gap!.Value, second.Attainment!.Value));
        Assert.Equal(D(2018, 6, 30), evaluation.Years[1].Measured!.To);
        // Year 3's target was set in 2019: unknown on 30 June 2018.
        Assert.Empty(evaluation.Years[2].Targets);

        var later = Evaluation.Compute(Meetings, convention, D(2019, 1, 31));
        var revised = Assert.Single(later.Years[1].Targets);
        // Three meetings in 2018 against the revised 3 → met.
        Assert.Equal((3m, D(2018, 7, 2), 3m, 0m, 1m), (revised.Target, revised.TargetSince, revised.Value!.Value, revised.Gap!.Value, revised.Attainment!.Value));
        // Year 3 is running on 31 January 2019: its target is known now; the council has no member → 0 − 20.
        var third = Assert.Single(later.Years[2].Targets);
        Assert.Equal((20m, 0m, -20m, 0m), (third.Target, third.Value!.Value, third.Gap!.Value, third.Attainment!.Value));
    }

    [Fact]
    public void The_autonomy_indicators_run_quarter_by_quarter_up_to_the_date()
    {
        var evaluation = Evaluation.Compute(Meetings, Signed(), D(2018, 5, 20));

        // 2017-Q1 … 2018-Q2, the last cut at 20 May.
        Assert.Equal(6, evaluation.Autonomy.Count);
        Assert.Equal("2017-Q1", evaluation.Autonomy[0].Quarter);
        Assert.Equal(0m, evaluation.Autonomy[0].MeetingsConvenedByMembersShare);
        Assert.Null(evaluation.Autonomy[1].MeetingsChairedByMembersShare);
        // 2018-Q1: meeting 2, convened and chaired by a member.
        Assert.Equal((1m, 1m), (evaluation.Autonomy[4].MeetingsConvenedByMembersShare, evaluation.Autonomy[4].MeetingsChairedByMembersShare));
        // 2018-Q2 to 20 May: meeting 3, convened by the facilitator, chaired by a member.
        var last = evaluation.Autonomy[5];
        Assert.Equal((D(2018, 4, 1), D(2018, 5, 20)), (last.Period.From, last.Period.To));
        Assert.Equal((0m, 1m), (last.MeetingsConvenedByMembersShare, last.MeetingsChairedByMembersShare));
    }

    [Fact]
    public void A_council_is_compared_with_its_own_targets_only_and_the_programme_with_the_programme_s()
    {
        var convention = Signed(
            new YearlyTargetSet(ConventionId, Ids.MeetingsHeld, 2, 12m, D(2017, 1, 10)),
            new YearlyTargetSet(ConventionId, Ids.MeetingsHeld, 2, 4m, D(2017, 1, 10), TargetScope.Council(CouncilId)),
            new YearlyTargetSet(ConventionId, Ids.AttendanceRate, 2, 0.7m, D(2017, 1, 10), TargetScope.Arrondissement("75118")));

        var council = Evaluation.Compute(Meetings, convention, D(2018, 12, 31), TargetScope.Council(CouncilId));
        var programme = Evaluation.Compute(Meetings, convention, D(2018, 12, 31));

        // Three meetings in 2018 against the council's 4 (not the programme's 12): gap −1.
        var own = Assert.Single(council.Years[1].Targets);
        Assert.Equal((Ids.MeetingsHeld, 4m, -1m), (own.Definition.Id, own.Target, own.Gap!.Value));
        Assert.Equal((Ids.MeetingsHeld, 12m), (Assert.Single(programme.Years[1].Targets).Definition.Id, programme.Years[1].Targets[0].Target));
        Assert.Equal(TargetScope.Council(CouncilId), council.Scope);
    }

    [Fact]
    public void A_scope_without_a_target_of_its_own_has_none()
    {
        var convention = Signed(new YearlyTargetSet(ConventionId, Ids.MeetingsHeld, 2, 12m, D(2017, 1, 10)));

        var other = Evaluation.Compute(Meetings, convention, D(2018, 12, 31), TargetScope.Council(Id(9)));

        Assert.All(other.Years, y => Assert.Empty(y.Targets));
        Assert.False(other.HasTargets);
    }
}
