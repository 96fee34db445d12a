using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Team;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Spec;
using static ConseilsCitoyens.Domain.Tests.Team.TeamFixtures;

namespace ConseilsCitoyens.Domain.Tests.Team;

public class RecruitingAndTraining
{
    private static readonly TeamMember Recruit = GivenTeamMember(Recruited());

    [Fact]
    public void A_facilitator_is_recruited_with_a_role_and_a_contract()
    {
        var recruited = TeamMemberDecider.Recruit(
            new RecruitTeamMember(FacilitatorId, TeamRole.Facilitator, ContractKind.Cdd, StartsOn, new LocalDate(2018, 9, 3)), Today);

        ThenEvents([recruited], new TeamMemberRecruited(FacilitatorId, TeamRole.Facilitator, ContractKind.Cdd, StartsOn, new LocalDate(2018, 9, 3)));
    }

    [Fact]
    public void A_contract_does_not_end_before_it_starts_and_a_recruitment_is_not_dated_in_the_future()
    {
        ThenRejected("recruitment.contract-ends-before-start", () => TeamMemberDecider.Recruit(
            new RecruitTeamMember(FacilitatorId, TeamRole.Coordinator, ContractKind.Cdd, StartsOn, StartsOn.PlusDays(-1)), Today));
        ThenRejected("date.in-future", () => TeamMemberDecider.Recruit(
            new RecruitTeamMember(FacilitatorId, TeamRole.Coordinator, ContractKind.Cdi, Today.PlusDays(1), null), Today));
    }

    [Fact]
    public void Training_sessions_add_up_to_the_total_hours()
    {
        var first = TeamMemberDecider.Train(Recruit, new RecordTraining(" Médiation sociale ", 21, new LocalDate(2017, 9, 5)), TeamCalendar, Today);
        var afterFirst = GivenTeamMember(Recruited(), first[0]);
        var second = TeamMemberDecider.Train(afterFirst, new RecordTraining("Politique de la ville", 3.5m, new LocalDate(2017, 9, 12)), TeamCalendar, Today);

        ThenEvents(first, new TrainingCompleted(FacilitatorId, "Médiation sociale", 21, new LocalDate(2017, 9, 5)));
        Assert.Equal(24.5m, GivenTeamMember(Recruited(), first[0], second[0]).TrainingHours);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    [InlineData(40.5)]
    public void A_training_session_lasts_more_than_nothing_and_at_most_forty_hours(decimal hours) =>
        ThenRejected("training.hours-out-of-range", () =>
            TeamMemberDecider.Train(Recruit, new RecordTraining("Médiation", hours, new LocalDate(2017, 9, 5)), TeamCalendar, Today));

    [Fact]
    public void Forty_hours_is_the_longest_session_accepted() =>
        Assert.Single(TeamMemberDecider.Train(Recruit, new RecordTraining("Formation initiale", 40, new LocalDate(2017, 9, 5)), TeamCalendar, Today));

    [Fact]
    public void A_training_is_not_dated_before_the_recruitment_after_the_departure_or_in_the_future()
    {
        ThenRejected("training.before-recruitment", () =>
            TeamMemberDecider.Train(Recruit, new RecordTraining("Médiation", 7, StartsOn.PlusDays(-1)), TeamCalendar, Today));
        ThenRejected("team-member.left", () => TeamMemberDecider.Train(
            GivenTeamMember(Recruited(), new TeamMemberLeft(FacilitatorId, new LocalDate(2018, 3, 1))),
            new RecordTraining("Médiation", 7, new LocalDate(2018, 3, 1)), TeamCalendar, Today));
        ThenRejected("date.in-future", () =>
            TeamMemberDecider.Train(Recruit, new RecordTraining("Médiation", 7, Today.PlusDays(1)), TeamCalendar, Today));
    }

    [Fact]
    public void A_training_on_a_saturday_or_a_public_holiday_is_accepted_with_a_warning()
    {
        var saturday = new LocalDate(2017, 9, 9);
        var labourDay = new LocalDate(2018, 5, 1);

        ThenEvents(TeamMemberDecider.Train(Recruit, new RecordTraining("Médiation", 7, saturday), TeamCalendar, Today),
            new TrainingCompleted(FacilitatorId, "Médiation", 7, saturday),
            new NonWorkingDayWarningRecorded(FacilitatorId, saturday, NonWorkingDayKind.Weekend, null));
        ThenEvents(TeamMemberDecider.Train(Recruit, new RecordTraining("Médiation", 7, labourDay), TeamCalendar, Today),
            new TrainingCompleted(FacilitatorId, "Médiation", 7, labourDay),
            new NonWorkingDayWarningRecorded(FacilitatorId, labourDay, NonWorkingDayKind.PublicHoliday, "Fête du Travail"));
    }

    [Fact]
    public void Recording_the_same_session_again_is_a_repeat()
    {
        var trained = GivenTeamMember(Recruited(), new TrainingCompleted(FacilitatorId, "Médiation", 7, new LocalDate(2017, 9, 5)));

        ThenEvents(TeamMemberDecider.Train(trained, new RecordTraining("Médiation", 7, new LocalDate(2017, 9, 5)), TeamCalendar, Today));
    }
}
