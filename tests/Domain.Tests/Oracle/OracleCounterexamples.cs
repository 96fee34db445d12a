using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Meetings;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Oracle;

/// <summary>
/// Histories the property tests shrank to where the domain and the oracle disagreed, kept as they
/// were printed: each guards the rule it showed broken.
/// </summary>
public class OracleCounterexamples
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    /// <summary>Every step accepted (the case is the one intended), and the domain agrees with the oracle.</summary>
    private static void Agrees(History history) => Assert.Empty(Agreement.Check(history).Refusals);

    [Fact]
    public void A_dissolution_ends_every_membership_without_counting_as_turnover_and_the_council_leaves_the_divisor() => Agrees(new History(
    [
        new CreateCouncilStep(2, 7, D(2017, 5, 9)),
        new JoinStep(2, 4, College.Residents, Gender.Female, MemberOrigin.Drawn, null, false, 2, D(2017, 7, 12)),
        new StatusStep(2, CouncilStatus.Dissolved, D(2017, 9, 16)),
    ],
    [new Probe(D(2019, 4, 28), D(2020, 4, 26), null), new Probe(D(2017, 1, 1), D(2017, 12, 31), D(2017, 9, 16))]));

    [Fact]
    public void A_member_sitting_on_the_day_and_missing_from_the_register_counts_as_absent() => Agrees(new History(
    [
        new CreateCouncilStep(1, 6, D(2017, 9, 1)),
        new JoinStep(1, 9, College.LocalActors, Gender.Male, MemberOrigin.Designated, null, false, 1, D(2017, 12, 25)),
        new JoinStep(1, 8, College.Residents, Gender.Male, MemberOrigin.Volunteer, null, false, 0, D(2018, 5, 18)),
        new PlanMeetingStep(1, 6, MeetingKind.Bureau, null, D(2019, 1, 14)),
        new HoldMeetingStep(1, 6, null, D(2019, 1, 15)),
        new AttendanceStep(1, 6, [(8, Presence.Present)], D(2019, 1, 15)),
    ],
    [new Probe(D(2017, 3, 22), D(2021, 4, 30), null)]));

    [Fact]
    public void A_steering_session_corrected_to_represented_no_longer_counts_against_rule_12() => Agrees(new History(
    [
        new CreateCouncilStep(0, 4, D(2017, 5, 23)),
        new JoinStep(0, 0, College.Residents, Gender.Male, MemberOrigin.Drawn, null, false, 1, D(2017, 8, 19)),
        new SteeringStep(0, 1, true, [], false, D(2019, 4, 29)),
        new CorrectSteeringStep(0, 1, false, true, [0], true, D(2019, 9, 14)),
    ],
    [new Probe(D(2019, 1, 1), D(2019, 12, 31), null)]));

    [Fact]
    public void A_session_shared_by_two_councils_counts_once_for_them_and_once_per_council_for_each() => Agrees(new History(
    [
        new CreateCouncilStep(0, 1, D(2017, 3, 6)),
        new CreateCouncilStep(1, 4, D(2017, 3, 6)),
        new JoinStep(0, 0, College.Residents, Gender.Female, MemberOrigin.Drawn, null, false, 0, D(2017, 4, 3)),
        new JoinStep(1, 0, College.Residents, Gender.Male, MemberOrigin.Drawn, null, false, 0, D(2017, 4, 3)),
        new SharedSessionStep(0, [(0, true, [0], true), (1, false, [], false)], D(2018, 2, 12)),
        new CorrectSteeringStep(1, 0, true, true, [0], false, D(2018, 3, 1)),
    ],
    [new Probe(D(2018, 1, 1), D(2018, 12, 31), null), new Probe(D(2018, 1, 1), D(2018, 12, 31), D(2018, 2, 12))]));
}
