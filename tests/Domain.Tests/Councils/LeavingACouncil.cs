using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Councils;

public class LeavingACouncil
{
    private static readonly LocalDate MovedOn = new(2018, 1, 15);
    private static readonly Council Council = GivenCouncil(Created(), Joined(MemberId));

    [Fact]
    public void A_resident_who_moves_out_of_the_quartier_ends_their_mandate()
    {
        var events = CouncilDecider.Leave(Council, new LeaveCouncil(MemberId, DepartureReason.MovedOutOfQuartier, MovedOn), Today);

        ThenEvents(events, new MemberLeft(CouncilId, MemberId, DepartureReason.MovedOutOfQuartier, MovedOn));
        var after = GivenCouncil(Created(), Joined(MemberId), events[0]);
        Assert.True(after.IsMemberOn(MemberId, MovedOn.PlusDays(-1)));
        Assert.False(after.IsMemberOn(MemberId, MovedOn));
        Assert.Equal(0, after.CountIn(College.Residents));
    }

    // One drawn resident and volunteers: the drawn resident's departure leaves volunteers only (rule 4).
    private static readonly Council ActiveWithOneDrawnResident = GivenCouncil([
        Created(), Joined(MemberId),
        .. Enumerable.Range(1, 15).Select(i => Joined(Id(i), origin: MemberOrigin.Volunteer)),
        Order(), new CouncilStatusChanged(CouncilId, CouncilStatus.Active, "Installation", new LocalDate(2017, 6, 2))]);

    [Theory]
    [InlineData(DepartureReason.Death)]
    [InlineData(DepartureReason.Resignation)]
    [InlineData(DepartureReason.MovedOutOfQuartier)]
    public void A_departure_is_a_fact_and_the_composition_rules_it_breaks_are_reported_not_refused(DepartureReason reason)
    {
        var events = CouncilDecider.Leave(ActiveWithOneDrawnResident, new LeaveCouncil(MemberId, reason, MovedOn), Today);

        ThenEvents(events,
            new MemberLeft(CouncilId, MemberId, reason, MovedOn),
            Compliance.Warn(CouncilId, 4, "composition.volunteers-only",
                "Every resident member is a volunteer: residents come from a drawing by lot.", MovedOn));
    }

    [Fact]
    public void Only_a_resident_moves_out_of_the_quartier() =>
        ThenRejected("member.moved-out-not-resident", () => CouncilDecider.Leave(
            GivenCouncil(Created(), Joined(MemberId, College.LocalActors, MemberOrigin.Designated)),
            new LeaveCouncil(MemberId, DepartureReason.MovedOutOfQuartier, MovedOn), Today));

    [Fact]
    public void Leaving_again_the_same_way_is_a_repeat_and_another_way_is_refused()
    {
        var left = GivenCouncil(Created(), Joined(MemberId), new MemberLeft(CouncilId, MemberId, DepartureReason.Resignation, MovedOn));

        ThenEvents(CouncilDecider.Leave(left, new LeaveCouncil(MemberId, DepartureReason.Resignation, MovedOn), Today));
        ThenRejected("member.already-left", () => CouncilDecider.Leave(left, new LeaveCouncil(MemberId, DepartureReason.Death, MovedOn), Today));
    }

    [Fact]
    public void Nobody_leaves_before_joining_or_without_being_a_member()
    {
        ThenRejected("member.left-before-joining", () => CouncilDecider.Leave(Council,
            new LeaveCouncil(MemberId, DepartureReason.Resignation, new LocalDate(2017, 4, 2)), Today));
        ThenRejected("member.unknown", () => CouncilDecider.Leave(Council,
            new LeaveCouncil(Id(99), DepartureReason.Resignation, MovedOn), Today));
    }

    [Fact]
    public void A_substitute_replaces_a_member_who_left_not_one_who_sits()
    {
        var substitute = Resident() with { MemberId = Id(2), Origin = MemberOrigin.Volunteer, Replaces = MemberId, JoinedOn = MovedOn };

        ThenRejected("member.replaces-a-sitting-member", () => CouncilDecider.Join(Council, substitute, Today));
        var afterLeaving = GivenCouncil(Created(), Joined(MemberId), new MemberLeft(CouncilId, MemberId, DepartureReason.Resignation, MovedOn));
        Assert.IsType<MemberJoined>(Assert.Single(CouncilDecider.Join(afterLeaving, substitute, Today)));
    }
}
