using ConseilsCitoyens.Domain.Councils;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Councils;

public class DissolvingACouncil
{
    private static readonly LocalDate DissolvedOn = new(2018, 6, 30);
    private static readonly ChangeStatus Dissolve = new(CouncilStatus.Dissolved, "Fin du conseil", DissolvedOn);

    private static readonly object[] ActiveLife =
    [
        Created(), Joined(Id(1)), Joined(Id(2)), Joined(Id(3), College.LocalActors, MemberOrigin.Designated),
        new MemberLeft(CouncilId, Id(2), DepartureReason.Resignation, new LocalDate(2018, 1, 15)), Order(),
        new CouncilStatusChanged(CouncilId, CouncilStatus.Active, "Installation", new LocalDate(2017, 6, 2)),
    ];

    [Fact]
    public void Dissolution_ends_every_running_membership_that_day()
    {
        var events = CouncilDecider.ChangeStatus(GivenCouncil(ActiveLife), Dissolve, Today);

        ThenEvents(events,
            new CouncilStatusChanged(CouncilId, CouncilStatus.Dissolved, "Fin du conseil", DissolvedOn),
            new MemberLeft(CouncilId, Id(1), DepartureReason.CouncilDissolved, DissolvedOn),
            new MemberLeft(CouncilId, Id(3), DepartureReason.CouncilDissolved, DissolvedOn));
        var dissolved = GivenCouncil([.. ActiveLife, .. events]);
        Assert.Empty(dissolved.Members.Where(m => m.SitsOn(DissolvedOn)));
        Assert.True(dissolved.IsMemberOn(Id(1), DissolvedOn.PlusDays(-1)));
        Assert.Equal(new LocalDate(2018, 1, 15), dissolved.FindMember(Id(2))!.LeftOn);
    }

    [Fact]
    public void A_dissolution_dated_before_a_membership_it_would_end_is_refused()
    {
        var later = GivenCouncil([.. ActiveLife, Joined(Id(4), on: DissolvedOn.PlusDays(1))]);
        var leftLater = GivenCouncil([.. ActiveLife, new MemberLeft(CouncilId, Id(1), DepartureReason.Resignation, DissolvedOn.PlusDays(1))]);

        ThenRejected("council.dissolution-before-membership", () => CouncilDecider.ChangeStatus(later, Dissolve, DissolvedOn.PlusDays(5)));
        ThenRejected("council.dissolution-before-membership", () => CouncilDecider.ChangeStatus(leftLater, Dissolve, DissolvedOn.PlusDays(5)));
    }

    [Fact]
    public void Only_a_dissolution_ends_a_membership_for_that_reason() =>
        ThenRejected("member.departure-by-dissolution", () => CouncilDecider.Leave(GivenCouncil(ActiveLife),
            new LeaveCouncil(Id(1), DepartureReason.CouncilDissolved, DissolvedOn), Today));
}
