using ConseilsCitoyens.Domain.Team;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Team.TeamFixtures;

namespace ConseilsCitoyens.Domain.Tests.Team;

public class CoveringCouncils
{
    private static readonly Guid SecondId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000f2");
    private static readonly Guid CoordinatorId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000c1");

    // The first facilitator covers the council until 1 February 2018; the second takes over on 5 February.
    private static readonly Facilitator[] Team =
    [
        GivenFacilitator(Recruited(), Assigned(new LocalDate(2017, 9, 11), new LocalDate(2018, 2, 1))),
        GivenFacilitator(Recruited(SecondId), Assigned(new LocalDate(2018, 2, 5), null, CouncilId, SecondId),
            Assigned(new LocalDate(2018, 2, 5), null, OtherCouncilId, SecondId)),
        GivenFacilitator(Recruited(CoordinatorId, TeamRole.Coordinator)),
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
        Assert.Equal([CouncilId, OtherCouncilId], gap.Vacancies([Council, OtherCouncil]).Select(c => c.Id).Order());
        Assert.Empty(Coverage.On(new LocalDate(2018, 2, 5), Team).Vacancies([Council, OtherCouncil]));
    }

    [Fact]
    public void A_council_not_yet_created_is_no_vacancy() =>
        Assert.Empty(Coverage.On(new LocalDate(2017, 3, 5), Team).Vacancies([Council, OtherCouncil]));
}
