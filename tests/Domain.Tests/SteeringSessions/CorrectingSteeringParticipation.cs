using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.SteeringSessions;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.SteeringSessions.SteeringSessionFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.SteeringSessions;

public class CorrectingSteeringParticipation
{
    private static readonly SteeringSession Unrepresented = GivenSession(
        Recorded(representatives: []),
        Compliance.Warn(CouncilId, 12, "steering.council-not-represented", "No representative.", HeldOn));

    [Fact]
    public void Adding_the_representative_who_was_there_makes_the_session_compliant()
    {
        var events = SteeringSessionDecider.Correct(Unrepresented, Council, Correction(true, MemberId), Today);

        ThenEvents(events, new SteeringParticipationCorrected(SessionId, CouncilId, true, [MemberId], false, false, Today));
        var corrected = GivenSession([Recorded(representatives: []), .. events]);
        Assert.True(corrected.Compliant);
    }

    [Fact]
    public void A_correction_that_leaves_the_council_unrepresented_records_a_new_warning()
    {
        var events = SteeringSessionDecider.Correct(GivenSession(Recorded()), Council, Correction(true), Today);

        ThenEvents(events,
            new SteeringParticipationCorrected(SessionId, CouncilId, true, [], false, false, Today),
            new ComplianceWarningRecorded(CouncilId, 12, "steering.council-not-represented",
                "No representative of the council was present at the steering session of 2018-02-12.", HeldOn));
    }

    [Fact]
    public void Correcting_an_unrepresented_session_to_uninvited_warns_again_for_both()
    {
        var events = SteeringSessionDecider.Correct(Unrepresented, Council, Correction(false), Today);

        Assert.Equal(["steering.council-not-invited", "steering.council-not-represented"],
            events.OfType<ComplianceWarningRecorded>().Select(w => w.Code));
    }

    [Fact]
    public void The_same_participation_again_appends_nothing() =>
        ThenEvents(SteeringSessionDecider.Correct(Unrepresented, Council, Correction(true), Today));

    [Fact]
    public void The_order_of_representatives_does_not_make_a_new_correction()
    {
        var session = GivenSession(Recorded(representatives: [MemberId, LateMemberId]) with { HeldOn = HeldOn.PlusMonths(2) });

        ThenEvents(SteeringSessionDecider.Correct(session, Council, Correction(true, LateMemberId, MemberId), Today));
    }

    [Fact]
    public void Representatives_are_checked_against_the_members_on_the_session_date() =>
        ThenRejected("steering.representative-not-member",
            () => SteeringSessionDecider.Correct(Unrepresented, Council, Correction(true, LateMemberId), Today));

    [Fact]
    public void Speaking_without_representatives_is_rejected_on_correction_too() =>
        ThenRejected("steering.spoke-without-representative",
            () => SteeringSessionDecider.Correct(GivenSession(Recorded(spoke: true)), Council, Correction(true) with { Spoke = true }, Today));

    [Fact]
    public void Earlier_warnings_stay_in_the_history_after_a_correction()
    {
        var corrected = GivenSession(
            Recorded(representatives: []),
            Compliance.Warn(CouncilId, 12, "steering.council-not-represented", "No representative.", HeldOn),
            new SteeringParticipationCorrected(SessionId, CouncilId, true, [MemberId], false, false, Today));

        Assert.True(corrected.Compliant);
        Assert.Single(corrected.Warnings);
    }
}
