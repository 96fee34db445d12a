using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using CouncilState = ConseilsCitoyens.Domain.Councils.Council;
using ConseilsCitoyens.Domain.SteeringSessions;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.SteeringSessions.SteeringSessionFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.SteeringSessions;

/// <summary>A session attended by several councils is recorded once, with each council's participation.</summary>
public class HoldingASharedSession
{
    private static readonly Guid OtherCouncilId = Id(2);
    private static readonly Guid OtherMemberId = Id(0xb1);

    private static readonly CouncilState Other = GivenCouncil(
        new CouncilCreated(OtherCouncilId, "Autre conseil", ["QP999002"], CreatedOn),
        new MemberJoined(OtherCouncilId, OtherMemberId, College.Residents, Gender.Male, "QP999002", null, new LocalDate(2017, 4, 3)));

    private static TakingPart Part(Guid council, params Guid[] representatives) =>
        new(council, true, representatives, representatives.Length > 0, false);

    private static HoldSteeringSession Copil(params TakingPart[] parts) =>
        new(SessionId, SteeringBody.SteeringCommittee, "COPIL du contrat de ville", HeldOn, parts);

    [Fact]
    public void The_session_is_recorded_once_then_each_council_s_participation_and_warning()
    {
        var events = SteeringSessionDecider.Hold([SteeringSessionFixtures.Council, Other], Copil(Part(CouncilId, MemberId), Part(OtherCouncilId)), Today);

        ThenEvents(events,
            new SteeringSessionHeld(SessionId, SteeringBody.SteeringCommittee, "COPIL du contrat de ville", HeldOn, [CouncilId, OtherCouncilId]),
            new SteeringParticipationRecorded(SessionId, CouncilId, true, [MemberId], true, false, HeldOn),
            new SteeringParticipationRecorded(SessionId, OtherCouncilId, true, [], false, false, HeldOn),
            new ComplianceWarningRecorded(OtherCouncilId, 12, "steering.council-not-represented",
                "No representative of the council was present at the steering session of 2018-02-12.", HeldOn));
    }

    [Fact]
    public void The_session_folds_into_one_state_with_both_councils()
    {
        var session = GivenSession([.. SteeringSessionDecider.Hold([SteeringSessionFixtures.Council, Other], Copil(Part(CouncilId, MemberId), Part(OtherCouncilId)), Today)]);

        Assert.Equal([CouncilId, OtherCouncilId], session.CouncilIds.AsEnumerable());
        Assert.True(session.ParticipationOf(CouncilId)!.Represented);
        Assert.False(session.ParticipationOf(OtherCouncilId)!.Represented);
        Assert.False(session.Compliant);
        Assert.Equal([OtherCouncilId], session.StandingWarnings.Select(w => w.CouncilId));
    }

    [Fact]
    public void A_council_named_twice_is_refused() =>
        ThenRejected("steering.council-twice",
            () => SteeringSessionDecider.Hold([SteeringSessionFixtures.Council], Copil(Part(CouncilId, MemberId), Part(CouncilId)), Today));

    [Fact]
    public void A_session_of_no_council_is_refused() =>
        ThenRejected("steering.no-council", () => SteeringSessionDecider.Hold([], Copil(), Today));

    [Fact]
    public void A_representative_is_a_member_of_the_council_they_represent() =>
        ThenRejected("steering.representative-not-member",
            () => SteeringSessionDecider.Hold([SteeringSessionFixtures.Council, Other], Copil(Part(CouncilId, MemberId), Part(OtherCouncilId, MemberId)), Today));

    [Fact]
    public void A_session_before_one_of_its_councils_existed_is_refused()
    {
        var late = GivenCouncil(new CouncilCreated(OtherCouncilId, "Conseil tardif", ["QP999002"], HeldOn.PlusDays(1)));

        ThenRejected("steering.held-before-council",
            () => SteeringSessionDecider.Hold([SteeringSessionFixtures.Council, late], Copil(Part(CouncilId, MemberId), Part(OtherCouncilId)), Today));
    }

    [Fact]
    public void Correcting_one_council_leaves_the_other_s_participation()
    {
        var session = GivenSession([.. SteeringSessionDecider.Hold([SteeringSessionFixtures.Council, Other], Copil(Part(CouncilId, MemberId), Part(OtherCouncilId)), Today)]);

        var events = SteeringSessionDecider.Correct(session, Other, new CorrectSteeringParticipation(true, [OtherMemberId], true, false), Today);

        ThenEvents(events, new SteeringParticipationCorrected(SessionId, OtherCouncilId, true, [OtherMemberId], true, false, Today));
        var corrected = events.Aggregate(session, SteeringSession.Evolve);
        Assert.True(corrected.Compliant);
        Assert.Equal([MemberId], corrected.ParticipationOf(CouncilId)!.RepresentativeIds.AsEnumerable());
    }

    [Fact]
    public void Correcting_a_council_the_session_does_not_concern_is_refused() =>
        ThenRejected("steering.council-not-in-session", () => SteeringSessionDecider.Correct(
            GivenSession([.. SteeringSessionDecider.Hold([SteeringSessionFixtures.Council], Copil(Part(CouncilId, MemberId)), Today)]), Other,
            new CorrectSteeringParticipation(true, [OtherMemberId], true, false), Today));

    [Fact]
    public void A_session_recorded_for_one_council_before_sessions_were_shared_reads_as_a_session_of_that_council()
    {
        var session = GivenSession(Recorded(representatives: []),
            new SteeringParticipationCorrected(SessionId, CouncilId, true, [MemberId], false, false, Today));

        Assert.Equal([CouncilId], session.CouncilIds.AsEnumerable());
        Assert.True(session.ParticipationOf(CouncilId)!.Represented);
        Assert.True(session.Compliant);
    }
}
