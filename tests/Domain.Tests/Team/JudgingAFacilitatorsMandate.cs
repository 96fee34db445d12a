using ConseilsCitoyens.Domain.Team;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Team.TeamFixtures;

namespace ConseilsCitoyens.Domain.Tests.Team;

/// <summary>A facilitator's write is judged on the day it arrives as well as on its business date.</summary>
public class JudgingAFacilitatorsMandate
{
    private const int Window = FacilitatorMandate.DefaultBackdatingDays;
    private static readonly LocalDate Yesterday = Today.PlusDays(-1);

    [Fact]
    public void A_facilitator_assigned_today_writes_for_their_council_within_the_window()
    {
        var facilitator = GivenTeamMember(Recruited(), Assigned(new LocalDate(2018, 1, 1)));

        Assert.Null(FacilitatorMandate.RefusalToWrite(facilitator, CouncilId, Yesterday, Today, Window));
        Assert.Null(FacilitatorMandate.RefusalToWrite(facilitator, CouncilId, Today.PlusDays(-Window), Today, Window));
    }

    [Fact]
    public void An_ended_assignment_gives_no_right_today_even_for_a_date_inside_it()
    {
        var facilitator = GivenTeamMember(Recruited(), Assigned(new LocalDate(2017, 9, 11), new LocalDate(2018, 6, 1)));

        var refusal = FacilitatorMandate.RefusalToWrite(facilitator, CouncilId, new LocalDate(2018, 5, 30), Today, Window);

        Assert.Equal(FacilitatorMandate.NotAssigned, refusal?.Code);
        Assert.Contains("today", refusal!.Message);
    }

    [Fact]
    public void A_facilitator_who_left_the_programme_writes_nothing()
    {
        var facilitator = GivenTeamMember(Recruited(), Assigned(new LocalDate(2017, 9, 11)), new TeamMemberLeft(FacilitatorId, new LocalDate(2018, 6, 1)));

        var refusal = FacilitatorMandate.RefusalToWrite(facilitator, councilId: null, new LocalDate(2018, 5, 30), Today, Window);

        Assert.Equal(FacilitatorMandate.NotAssigned, refusal?.Code);
        Assert.Contains("left the programme", refusal!.Message);
    }

    [Fact]
    public void A_date_inside_today_s_assignment_but_outside_it_on_that_day_is_refused()
    {
        var facilitator = GivenTeamMember(Recruited(), Assigned(new LocalDate(2018, 6, 1)));

        Assert.Equal(FacilitatorMandate.NotAssigned,
            FacilitatorMandate.RefusalToWrite(facilitator, CouncilId, new LocalDate(2018, 5, 30), Today, Window)?.Code);
    }

    [Fact]
    public void Back_dating_beyond_the_window_is_the_coordinator_s()
    {
        var facilitator = GivenTeamMember(Recruited(), Assigned(new LocalDate(2017, 9, 11)));

        var refusal = FacilitatorMandate.RefusalToWrite(facilitator, CouncilId, Today.PlusDays(-Window - 1), Today, Window);

        Assert.Equal(FacilitatorMandate.BeyondBackdatingWindow, refusal?.Code);
        Assert.Contains("coordinator", refusal!.Message);
    }

    [Fact]
    public void Own_records_need_the_programme_today_and_the_window_but_no_council()
    {
        var facilitator = GivenTeamMember(Recruited());

        Assert.Null(FacilitatorMandate.RefusalToWrite(facilitator, councilId: null, Yesterday, Today, Window));
        Assert.Equal(FacilitatorMandate.BeyondBackdatingWindow,
            FacilitatorMandate.RefusalToWrite(facilitator, councilId: null, new LocalDate(2017, 10, 2), Today, Window)?.Code);
    }

    [Fact]
    public void People_are_reached_through_a_council_assigned_today_or_as_oneself()
    {
        var facilitator = GivenTeamMember(Recruited(), Assigned(new LocalDate(2017, 9, 11), new LocalDate(2018, 6, 1)), Assigned(new LocalDate(2018, 6, 1), councilId: OtherCouncilId));

        Assert.True(FacilitatorMandate.Reaches(facilitator, OtherCouncilId, Today));
        Assert.False(FacilitatorMandate.Reaches(facilitator, CouncilId, Today));
        Assert.False(FacilitatorMandate.Reaches(facilitator, null, Today));
    }
}
