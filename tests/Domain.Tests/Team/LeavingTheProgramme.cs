using ConseilsCitoyens.Domain.Team;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Spec;
using static ConseilsCitoyens.Domain.Tests.Team.TeamFixtures;

namespace ConseilsCitoyens.Domain.Tests.Team;

public class LeavingTheProgramme
{
    private static readonly LocalDate Monday = new(2017, 9, 11);
    private static readonly LocalDate LeftOn = new(2018, 3, 1);

    [Fact]
    public void Leaving_ends_every_assignment_still_running()
    {
        object[] given = [Recruited(), Assigned(Monday), Assigned(Monday, new LocalDate(2017, 12, 1), OtherCouncilId), Assigned(new LocalDate(2018, 1, 8), null, OtherCouncilId)];

        var events = TeamMemberDecider.Leave(GivenTeamMember(given), new LeaveProgramme(LeftOn), Today);

        ThenEvents(events,
            new TeamMemberUnassigned(FacilitatorId, CouncilId, LeftOn),
            new TeamMemberUnassigned(FacilitatorId, OtherCouncilId, LeftOn),
            new TeamMemberLeft(FacilitatorId, LeftOn));
        var gone = GivenTeamMember([.. given, .. events]);
        Assert.False(gone.IsAssignedTo(CouncilId, LeftOn) || gone.IsAssignedTo(OtherCouncilId, LeftOn));
        Assert.True(gone.IsAssignedTo(OtherCouncilId, LeftOn.PlusDays(-1)));
    }

    [Fact]
    public void An_assignment_that_would_start_after_the_departure_never_runs()
    {
        object[] given = [Recruited(), Assigned(new LocalDate(2018, 4, 2))];

        var events = TeamMemberDecider.Leave(GivenTeamMember(given), new LeaveProgramme(LeftOn), Today);

        ThenEvents(events, new TeamMemberUnassigned(FacilitatorId, CouncilId, new LocalDate(2018, 4, 2)), new TeamMemberLeft(FacilitatorId, LeftOn));
        Assert.False(GivenTeamMember([.. given, .. events]).IsAssignedTo(CouncilId, new LocalDate(2018, 4, 2)));
    }

    [Fact]
    public void A_councils_dissolution_ends_the_assignments_to_it_running_or_planned_from_that_day()
    {
        var dissolvedOn = new LocalDate(2018, 3, 1);
        object[] given =
        [
            Recruited(), Assigned(Monday, new LocalDate(2017, 12, 1)), Assigned(new LocalDate(2018, 1, 8), new LocalDate(2018, 6, 1)),
            Assigned(new LocalDate(2018, 4, 2)), Assigned(Monday, null, OtherCouncilId),
        ];

        var events = TeamMemberDecider.EndAssignmentsToDissolved(GivenTeamMember(given), CouncilId, dissolvedOn);

        ThenEvents(events,
            new TeamMemberUnassigned(FacilitatorId, CouncilId, dissolvedOn),
            new TeamMemberUnassigned(FacilitatorId, CouncilId, new LocalDate(2018, 4, 2)));
        var after = GivenTeamMember([.. given, .. events]);
        Assert.True(after.IsAssignedTo(CouncilId, dissolvedOn.PlusDays(-1)));
        Assert.False(after.IsAssignedTo(CouncilId, dissolvedOn) || after.IsAssignedTo(CouncilId, new LocalDate(2018, 4, 2)));
        Assert.True(after.IsAssignedTo(OtherCouncilId, dissolvedOn));
    }

    [Fact]
    public void Nobody_is_assigned_beyond_their_departure()
    {
        var gone = GivenTeamMember(Recruited(), new TeamMemberLeft(FacilitatorId, LeftOn));

        ThenRejected("team-member.left", () => TeamMemberDecider.Assign(gone, new AssignTeamMember(CouncilId, LeftOn, null), Council, TeamCalendar, Today));
        ThenRejected("team-member.left", () => TeamMemberDecider.Assign(gone, new AssignTeamMember(CouncilId, Monday, null), Council, TeamCalendar, Today));
        Assert.Single(TeamMemberDecider.Assign(gone, new AssignTeamMember(CouncilId, Monday, LeftOn), Council, TeamCalendar, Today));
    }

    [Fact]
    public void Leaving_again_on_the_same_day_is_a_repeat_and_on_another_is_refused()
    {
        var gone = GivenTeamMember(Recruited(), new TeamMemberLeft(FacilitatorId, LeftOn));

        ThenEvents(TeamMemberDecider.Leave(gone, new LeaveProgramme(LeftOn), Today));
        ThenRejected("team-member.already-left", () => TeamMemberDecider.Leave(gone, new LeaveProgramme(LeftOn.PlusDays(1)), Today));
    }

    [Fact]
    public void Nobody_leaves_before_starting_or_in_the_future()
    {
        ThenRejected("departure.before-recruitment", () => TeamMemberDecider.Leave(GivenTeamMember(Recruited()), new LeaveProgramme(StartsOn.PlusDays(-1)), Today));
        ThenRejected("date.in-future", () => TeamMemberDecider.Leave(GivenTeamMember(Recruited()), new LeaveProgramme(Today.PlusDays(1)), Today));
    }
}
