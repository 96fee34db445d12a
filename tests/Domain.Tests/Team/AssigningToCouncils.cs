using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Team;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Spec;
using static ConseilsCitoyens.Domain.Tests.Team.TeamFixtures;

namespace ConseilsCitoyens.Domain.Tests.Team;

public class AssigningToCouncils
{
    private static readonly LocalDate Monday = new(2017, 9, 11);
    private static readonly TeamMember Recruit = GivenTeamMember(Recruited());

    [Fact]
    public void A_facilitator_assigned_to_a_council_covers_it_from_that_day()
    {
        var events = TeamMemberDecider.Assign(Recruit, new AssignTeamMember(CouncilId, Monday, null), Council, TeamCalendar, Today);

        ThenEvents(events, Assigned(Monday));
        var assigned = GivenTeamMember(Recruited(), events[0]);
        Assert.False(assigned.IsAssignedTo(CouncilId, Monday.PlusDays(-1)));
        Assert.True(assigned.IsAssignedTo(CouncilId, Monday));
        Assert.True(assigned.IsAssignedTo(CouncilId, Today));
        Assert.False(assigned.IsAssignedTo(OtherCouncilId, Monday));
    }

    [Fact]
    public void Several_councils_may_be_assigned_at_once()
    {
        var first = GivenTeamMember(Recruited(), Assigned(Monday));

        var events = TeamMemberDecider.Assign(first, new AssignTeamMember(OtherCouncilId, Monday, null), OtherCouncil, TeamCalendar, Today);

        var both = GivenTeamMember(Recruited(), Assigned(Monday), events[0]);
        Assert.True(both.IsAssignedTo(CouncilId, Monday) && both.IsAssignedTo(OtherCouncilId, Monday));
    }

    [Fact]
    public void An_assignment_ends_the_day_before_its_until_date()
    {
        var assigned = GivenTeamMember(Recruited(), Assigned(Monday, new LocalDate(2018, 1, 1)));

        Assert.True(assigned.IsAssignedTo(CouncilId, new LocalDate(2017, 12, 31)));
        Assert.False(assigned.IsAssignedTo(CouncilId, new LocalDate(2018, 1, 1)));
    }

    [Theory]
    [InlineData("2017-10-02", null)]
    [InlineData("2017-09-04", "2017-09-12")]
    [InlineData("2017-09-11", "2017-09-12")]
    public void An_overlapping_assignment_to_the_same_council_is_refused(string from, string? until)
    {
        var assigned = GivenTeamMember(Recruited(), Assigned(Monday, new LocalDate(2018, 1, 1)));

        ThenRejected("assignment.overlaps", () => TeamMemberDecider.Assign(assigned,
            new AssignTeamMember(CouncilId, Date(from), until is null ? null : Date(until)), Council, TeamCalendar, Today));
    }

    [Fact]
    public void A_new_assignment_may_start_the_day_the_previous_one_ended()
    {
        var assigned = GivenTeamMember(Recruited(), Assigned(Monday, new LocalDate(2018, 1, 8)));

        ThenEvents(TeamMemberDecider.Assign(assigned, new AssignTeamMember(CouncilId, new LocalDate(2018, 1, 8), null), Council, TeamCalendar, Today),
            Assigned(new LocalDate(2018, 1, 8)));
    }

    [Fact]
    public void The_same_assignment_again_is_a_repeat() =>
        ThenEvents(TeamMemberDecider.Assign(GivenTeamMember(Recruited(), Assigned(Monday)),
            new AssignTeamMember(CouncilId, Monday, null), Council, TeamCalendar, Today));

    [Fact]
    public void An_assignment_starts_after_the_recruitment_and_the_councils_creation_and_ends_after_it_starts()
    {
        ThenRejected("assignment.before-recruitment", () => TeamMemberDecider.Assign(Recruit,
            new AssignTeamMember(CouncilId, StartsOn.PlusDays(-1), null), Council, TeamCalendar, Today));
        ThenRejected("assignment.before-council-creation", () => TeamMemberDecider.Assign(Recruit,
            new AssignTeamMember(CouncilId, Monday, null), Council with { CreatedOn = Monday.PlusDays(1) }, TeamCalendar, Today));
        ThenRejected("assignment.ends-before-start", () => TeamMemberDecider.Assign(Recruit,
            new AssignTeamMember(CouncilId, Monday, Monday), Council, TeamCalendar, Today));
        ThenRejected("date.in-future", () => TeamMemberDecider.Assign(Recruit,
            new AssignTeamMember(CouncilId, Today.PlusDays(1), null), Council, TeamCalendar, Today));
    }

    [Fact]
    public void An_assignment_starting_on_a_sunday_is_accepted_with_a_warning()
    {
        var sunday = new LocalDate(2017, 9, 10);

        ThenEvents(TeamMemberDecider.Assign(Recruit, new AssignTeamMember(CouncilId, sunday, null), Council, TeamCalendar, Today),
            Assigned(sunday), new NonWorkingDayWarningRecorded(FacilitatorId, sunday, NonWorkingDayKind.Weekend, null));
    }

    [Fact]
    public void Ending_an_assignment_stops_the_coverage_that_day_and_again_is_a_repeat()
    {
        var ends = new LocalDate(2018, 2, 1);
        var assigned = GivenTeamMember(Recruited(), Assigned(Monday));

        var events = TeamMemberDecider.Unassign(assigned, new UnassignTeamMember(CouncilId, ends), Today);

        ThenEvents(events, new TeamMemberUnassigned(FacilitatorId, CouncilId, ends));
        var ended = GivenTeamMember(Recruited(), Assigned(Monday), events[0]);
        Assert.True(ended.IsAssignedTo(CouncilId, ends.PlusDays(-1)));
        Assert.False(ended.IsAssignedTo(CouncilId, ends));
        ThenEvents(TeamMemberDecider.Unassign(ended, new UnassignTeamMember(CouncilId, ends), Today));
    }

    [Fact]
    public void Only_a_running_assignment_is_ended()
    {
        var assigned = GivenTeamMember(Recruited(), Assigned(Monday));

        ThenRejected("assignment.not-assigned", () => TeamMemberDecider.Unassign(assigned, new UnassignTeamMember(OtherCouncilId, Today), Today));
        ThenRejected("assignment.not-assigned", () => TeamMemberDecider.Unassign(assigned, new UnassignTeamMember(CouncilId, Monday.PlusDays(-1)), Today));
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
