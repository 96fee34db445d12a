using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Drawings;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Meetings;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Indicators.IndicatorFixtures;
using Ids = ConseilsCitoyens.Domain.Conventions.IndicatorIds;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

/// <summary>DOMAIN.md §5's indicators added last: turnover by reason, replacements, drawings, meetings by kind and day, diagnostics.</summary>
public class ComputingTheMissingIndicators
{
    private static IndicatorValue Indicator(ReportFacts facts, string id) => Report.Compute(facts, Year2018).Single(v => v.Definition.Id == id);

    private static Drawing Drawing(int n, NodaTime.LocalDate heldOn, params (int Candidate, bool Accepted, NodaTime.LocalDate On)[] answers)
    {
        var held = new DrawingHeld(Id(700 + n), CouncilId, heldOn, [], "graine", [], new DrawingSeats(1, 1), "v1", new DrawingResult([], []));
        return answers.Select(a => a.Accepted
                ? (object)new DrawnCandidateAccepted(Id(700 + n), CouncilId, Id(710 + a.Candidate), Gender.Female, a.On)
                : new DrawnCandidateRefused(Id(700 + n), CouncilId, Id(710 + a.Candidate), Gender.Female, a.On))
            .Aggregate(Domain.Drawings.Drawing.Evolve(null, held), Domain.Drawings.Drawing.Evolve);
    }

    [Fact]
    public void Departures_are_split_by_reason_and_replacements_counted()
    {
        var council = GivenCouncil(Created(), Member(1), Member(2), Member(3),
            new MemberLeft(CouncilId, Id(1), DepartureReason.Death, D(2018, 2, 1)),
            new MemberLeft(CouncilId, Id(2), DepartureReason.MovedOutOfQuartier, D(2018, 3, 1)),
            new MemberLeft(CouncilId, Id(3), DepartureReason.MovedOutOfQuartier, D(2017, 3, 1)),
            Member(4, origin: MemberOrigin.Substitute, on: D(2018, 3, 5)) with { Replaces = Id(2) },
            Member(5, origin: MemberOrigin.Volunteer, on: D(2018, 4, 2)));

        var turnover = Indicator(Facts(council), Ids.Turnover);

        Assert.Equal(2m, turnover.Value);
        Assert.Equal(1, turnover.Breakdown!["death"]);
        Assert.Equal(1, turnover.Breakdown["movedOutOfQuartier"]);
        Assert.Equal(0, turnover.Breakdown["resignation"]);
        Assert.Equal(1m, Indicator(Facts(council), Ids.Replacements).Value);
    }

    [Fact]
    public void Drawings_held_and_the_share_of_answers_that_accepted_count_in_the_period()
    {
        var facts = Facts(GivenCouncil(Created())) with
        {
            Drawings =
            [
                Drawing(1, D(2018, 5, 12), (1, true, D(2018, 5, 22)), (2, false, D(2018, 5, 23)), (3, true, D(2018, 6, 1))),
                Drawing(2, D(2017, 11, 4), (4, false, D(2017, 11, 20)), (5, true, D(2018, 1, 8))),
            ],
        };

        Assert.Equal(1m, Indicator(facts, Ids.DrawingsHeld).Value);
        var acceptance = Indicator(facts, Ids.DrawingAcceptanceRate);
        // Answers dated in 2018: three accepted, one refused.
        Assert.Equal(0.75m, acceptance.Value);
        Assert.Equal(new Dictionary<string, int> { ["accepted"] = 3, ["refused"] = 1 }, acceptance.Breakdown);
        Assert.Null(Indicator(Facts(GivenCouncil(Created())), Ids.DrawingAcceptanceRate).Value);
    }

    [Fact]
    public void Meetings_held_are_split_by_kind_and_those_on_a_weekend_or_a_public_holiday_counted()
    {
        var calendar = new WorkingCalendar([new PublicHoliday(D(2018, 5, 1), "Fête du travail")]);
        var meetings = new[]
        {
            HeldMeeting(1, D(2018, 3, 14)),                                         // a Wednesday
            HeldMeeting(2, D(2018, 3, 17)) with { Kind = MeetingKind.PublicMeeting }, // a Saturday
            HeldMeeting(3, D(2018, 5, 1)) with { Kind = MeetingKind.WorkingGroup },   // a public holiday
            HeldMeeting(4, D(2017, 12, 2)),                                         // a Saturday of 2017
        };
        var facts = Facts(GivenCouncil(Created()), meetings) with { Calendar = calendar };

        Assert.Equal(new Dictionary<string, int> { ["plenary"] = 1, ["bureau"] = 0, ["workingGroup"] = 1, ["publicMeeting"] = 1 },
            Indicator(facts, Ids.MeetingsHeld).Breakdown);
        var offDays = Indicator(facts, Ids.MeetingsOnNonWorkingDays);
        Assert.Equal(2m, offDays.Value);
        Assert.Equal(new Dictionary<string, int> { ["weekend"] = 1, ["publicHoliday"] = 1 }, offDays.Breakdown);
    }

    [Fact]
    public void Diagnostics_published_count_for_the_quartiers_of_the_councils_each_once()
    {
        var shared = new TerritoryDiagnostic(Id(60), "QP999001",
            [new DiagnosticVersion(1, D(2017, 6, 1), [], []), new DiagnosticVersion(2, D(2018, 6, 1), [], [])]);
        var elsewhere = new TerritoryDiagnostic(Id(61), "QP999777", [new DiagnosticVersion(1, D(2018, 2, 1), [], [])]);
        var twoCouncils = new[] { GivenCouncil(Created()), GivenCouncil(new CouncilCreated(Id(2), "Voisin", ["QP999001"], CreatedOn)) };
        var facts = ReportFacts.None with { Councils = twoCouncils, Diagnostics = [shared, elsewhere] };

        Assert.Equal(1m, Indicator(facts, Ids.DiagnosticsPublished).Value);
        Assert.Equal(1m, Indicator(facts.For(twoCouncils[1..]), Ids.DiagnosticsPublished).Value);
    }

    [Fact]
    public void The_youth_share_counts_the_members_sitting_whose_age_group_on_joining_is_known()
    {
        var council = GivenCouncil(Created(),
            Member(1) with { AgeGroup = AgeGroup.Under30 }, Member(2, College.LocalActors) with { AgeGroup = AgeGroup.Under30 },
            Member(3) with { AgeGroup = AgeGroup.ThirtyOrOver }, Member(4), Member(5) with { AgeGroup = AgeGroup.Under30 },
            new MemberLeft(CouncilId, Id(5), DepartureReason.Resignation, D(2018, 3, 1)));

        var youth = Indicator(Facts(council), Ids.YouthShare);

        Assert.Equal(0.6667m, youth.Value);
        Assert.Equal(new Dictionary<string, int> { ["under30"] = 2, ["thirtyOrOver"] = 1 }, youth.Breakdown);
        Assert.Contains(Ids.YouthShare, StatisticalSecrecy.ByGenderOrAge);
    }

    [Theory]
    [InlineData(1990, 2019, AgeGroup.Under30)]
    [InlineData(1989, 2019, AgeGroup.ThirtyOrOver)]
    [InlineData(null, 2019, null)]
    public void The_age_group_on_joining_comes_from_the_birth_year(int? birthYear, int joiningYear, AgeGroup? group) =>
        Assert.Equal(group, AgeGroups.AtJoining(birthYear, new NodaTime.LocalDate(joiningYear, 6, 1)));
}
