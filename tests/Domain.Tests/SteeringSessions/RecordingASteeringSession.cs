using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.SteeringSessions;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.SteeringSessions.SteeringSessionFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.SteeringSessions;

public class RecordingASteeringSession
{
    [Fact]
    public void A_session_the_council_attended_and_spoke_at_is_recorded_without_warning() =>
        ThenEvents(SteeringSessionDecider.Record(Council, Attended(), Today),
            new SteeringSessionHeld(SessionId, SteeringBody.SteeringCommittee, null, HeldOn, [CouncilId]),
            new SteeringParticipationRecorded(SessionId, CouncilId, true, [MemberId], true, false, HeldOn));

    [Fact]
    public void Representatives_are_recorded_once_each_and_the_body_name_trimmed() =>
        ThenEvents(SteeringSessionDecider.Record(Council,
                Attended(new LocalDate(2018, 3, 5)) with
                {
                    Body = SteeringBody.Other, BodyName = " Revue de projet ", RepresentativeIds = [MemberId, LateMemberId, MemberId],
                }, Today),
            new SteeringSessionHeld(SessionId, SteeringBody.Other, "Revue de projet", new LocalDate(2018, 3, 5), [CouncilId]),
            new SteeringParticipationRecorded(SessionId, CouncilId, true, [MemberId, LateMemberId], true, false, new LocalDate(2018, 3, 5)));

    [Fact]
    public void A_session_without_a_representative_is_recorded_with_a_rule_12_warning() =>
        ThenEvents(SteeringSessionDecider.Record(Council, Attended() with { RepresentativeIds = [], Spoke = false }, Today),
            new SteeringSessionHeld(SessionId, SteeringBody.SteeringCommittee, null, HeldOn, [CouncilId]),
            new SteeringParticipationRecorded(SessionId, CouncilId, true, [], false, false, HeldOn),
            new ComplianceWarningRecorded(CouncilId, 12, "steering.council-not-represented",
                "No representative of the council was present at the steering session of 2018-02-12.", HeldOn));

    [Fact]
    public void A_session_the_council_was_not_invited_to_is_recorded_with_a_rule_12_warning()
    {
        var events = SteeringSessionDecider.Record(Council, Attended() with { Invited = false }, Today);

        Assert.IsType<SteeringSessionHeld>(events[0]);
        Assert.IsType<SteeringParticipationRecorded>(events[1]);
        var warning = Assert.IsType<ComplianceWarningRecorded>(Assert.Single(events.Skip(2)));
        Assert.Equal((12, "steering.council-not-invited", HeldOn), (warning.Rule, warning.Code, warning.On));
    }

    [Fact]
    public void Neither_invited_nor_represented_gives_both_warnings()
    {
        var events = SteeringSessionDecider.Record(Council, Attended() with { Invited = false, RepresentativeIds = [], Spoke = false }, Today);

        Assert.Equal(["steering.council-not-invited", "steering.council-not-represented"],
            events.OfType<ComplianceWarningRecorded>().Select(w => w.Code));
    }

    [Fact]
    public void A_representative_who_joined_after_the_session_is_rejected() =>
        ThenRejected("steering.representative-not-member",
            () => SteeringSessionDecider.Record(Council, Attended() with { RepresentativeIds = [LateMemberId] }, Today));

    [Fact]
    public void A_representative_who_never_was_a_member_is_rejected() =>
        ThenRejected("steering.representative-not-member",
            () => SteeringSessionDecider.Record(Council, Attended() with { RepresentativeIds = [Guid.NewGuid()] }, Today));

    [Fact]
    public void The_council_cannot_speak_without_a_representative_present() =>
        ThenRejected("steering.spoke-without-representative",
            () => SteeringSessionDecider.Record(Council, Attended() with { RepresentativeIds = [] }, Today));

    [Fact]
    public void A_written_contribution_needs_a_representative_present() =>
        ThenRejected("steering.contribution-without-representative",
            () => SteeringSessionDecider.Record(Council,
                Attended() with { RepresentativeIds = [], Spoke = false, ContributedInWriting = true }, Today));

    [Fact]
    public void A_session_in_the_future_is_rejected() =>
        ThenRejected("date.in-future", () => SteeringSessionDecider.Record(Council, Attended(Today.PlusDays(1)), Today));

    [Fact]
    public void A_session_before_the_council_existed_is_rejected() =>
        ThenRejected("steering.held-before-council",
            () => SteeringSessionDecider.Record(Council, Attended(CreatedOn.PlusDays(-1)) with { RepresentativeIds = [], Spoke = false }, Today));

    [Fact]
    public void Rule_12_applies_from_the_2014_law()
    {
        Assert.False(Law.On(Law.LoiLamy.PlusDays(-1)).RepresentationInSteeringBodiesExpected);
        Assert.True(Law.On(Law.LoiLamy).RepresentationInSteeringBodiesExpected);
        Assert.Empty(SteeringRepresentation.Check(CouncilId, Law.LoiLamy.PlusDays(-1), SteeringParticipation.Of(false, [], false, false)));
        Assert.Equal(2, SteeringRepresentation.Check(CouncilId, Law.LoiLamy, SteeringParticipation.Of(false, [], false, false)).Count);
    }

    [Fact]
    public void The_recorded_session_folds_its_warnings_and_is_not_compliant()
    {
        var session = GivenSession([.. SteeringSessionDecider.Record(Council, Attended() with { RepresentativeIds = [], Spoke = false }, Today)]);

        Assert.False(session.Compliant);
        Assert.Equal("steering.council-not-represented", Assert.Single(session.Warnings).Code);
    }
}
