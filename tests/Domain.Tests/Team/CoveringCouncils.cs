using ConseilsCitoyens.Domain.Councils;
using CouncilState = ConseilsCitoyens.Domain.Councils.Council;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Team;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Team.TeamFixtures;

namespace ConseilsCitoyens.Domain.Tests.Team;

public class CoveringCouncils
{
    private static readonly Guid SecondId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000f2");
    private static readonly Guid CoordinatorId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000c1");

    // The first facilitator covers the council until 1 February 2018; the second takes over on 5 February.
    private static readonly TeamMember[] Team =
    [
        GivenTeamMember(Recruited(), Assigned(new LocalDate(2017, 9, 11), new LocalDate(2018, 2, 1))),
        GivenTeamMember(Recruited(SecondId), Assigned(new LocalDate(2018, 2, 5), null, CouncilId, SecondId),
            Assigned(new LocalDate(2018, 2, 5), null, OtherCouncilId, SecondId)),
        GivenTeamMember(Recruited(CoordinatorId, TeamRole.Coordinator)),
    ];

    [Fact]
    public void A_council_is_covered_by_whoever_is_assigned_on_the_date()
    {
        Assert.Equal([FacilitatorId], Coverage.On(new LocalDate(2018, 1, 31), Team).Of(CouncilId).Select(c => c.FacilitatorId));
        Assert.Equal([SecondId], Coverage.On(new LocalDate(2018, 6, 30), Team).Of(CouncilId).Select(c => c.FacilitatorId));
    }

    [Fact]
    public void The_days_between_two_assignments_are_a_vacancy()
    {
        var gap = Coverage.On(new LocalDate(2018, 2, 2), Team);

        Assert.Empty(gap.Of(CouncilId));
        Assert.Equal([CouncilId, OtherCouncilId], gap.Vacancies([TeamFixtures.Council, OtherCouncil]).Select(c => c.Id).Order());
        Assert.Empty(Coverage.On(new LocalDate(2018, 2, 5), Team).Vacancies([TeamFixtures.Council, OtherCouncil]));
    }

    [Fact]
    public void A_council_not_yet_created_is_no_vacancy() =>
        Assert.Empty(Coverage.On(new LocalDate(2017, 3, 5), Team).Vacancies([TeamFixtures.Council, OtherCouncil]));

    private static readonly CouncilState Dissolved = CouncilState.Evolve(TeamFixtures.Council,
        new CouncilStatusChanged(CouncilId, CouncilStatus.Dissolved, "Dissous", new LocalDate(2018, 6, 1)));

    [Theory]
    [InlineData(2017, 3, 5, CoverageState.NotInExistence)]  // the day before the council's creation
    [InlineData(2017, 3, 6, CoverageState.Vacant)]          // created, nobody assigned yet
    [InlineData(2018, 1, 31, CoverageState.Covered)]
    [InlineData(2018, 2, 2, CoverageState.Vacant)]          // between two assignments
    [InlineData(2018, 5, 31, CoverageState.Covered)]
    [InlineData(2018, 6, 1, CoverageState.NotInExistence)]  // dissolved that day: neither covered nor vacant
    public void A_council_is_covered_vacant_or_not_in_existence_on_a_date(int year, int month, int day, CoverageState state) =>
        Assert.Equal(state, Coverage.On(new LocalDate(year, month, day), Team).StateOf(Dissolved));

    [Fact]
    public void A_dissolved_council_is_no_vacancy() =>
        Assert.Empty(Coverage.On(new LocalDate(2018, 6, 30), [GivenTeamMember(Recruited())]).Vacancies([Dissolved]));

    [Fact]
    public void Days_covered_and_vacant_are_counted_over_the_council_s_life_within_the_period()
    {
        // 2018 until the dissolution on 1 June: covered to 31 January (31 days) and from 5 February to 31 May (116 days);
        // vacant from 1 to 4 February (4 days); nothing after the dissolution.
        var days = CoverageDays.Of(Dissolved, Team, new ReportPeriod(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31)));

        Assert.Equal((147, 4), (days.Covered, days.Vacant));
    }

    [Fact]
    public void Overlapping_assignments_cover_a_day_once_and_the_days_before_creation_count_for_nothing()
    {
        var team = new[]
        {
            GivenTeamMember(Recruited(), Assigned(new LocalDate(2017, 9, 11), new LocalDate(2017, 10, 1))),
            GivenTeamMember(Recruited(SecondId), Assigned(new LocalDate(2017, 9, 21), new LocalDate(2017, 10, 11), CouncilId, SecondId)),
        };

        var days = CoverageDays.Of(TeamFixtures.Council, team, new ReportPeriod(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31)));

        // Alive from 6 March (301 days in 2017); covered 11 September to 10 October (30 days).
        Assert.Equal((30, 271), (days.Covered, days.Vacant));
    }
}
