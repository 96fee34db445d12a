using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Indicators.IndicatorFixtures;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

public class ComputingComposition
{
    // Four residents (three women, two drawn) and two local actors sit on 2018-12-31; one resident left in 2018, one joined in 2019.
    private static readonly Council Council = GivenCouncil(
        Created(),
        Member(1),
        Member(2, origin: MemberOrigin.Substitute, on: D(2018, 2, 5)),
        Member(3, gender: Gender.Male, origin: MemberOrigin.Volunteer),
        Member(4, origin: MemberOrigin.Volunteer),
        Member(5, College.LocalActors, origin: MemberOrigin.Designated),
        Member(6, College.LocalActors, gender: Gender.Male, origin: MemberOrigin.Designated),
        Member(7),
        Left(7, D(2018, 9, 3)),
        Member(8, on: D(2019, 1, 7)));

    private static readonly Council[] Councils = [Council];

    [Fact]
    public void Members_are_those_sitting_on_the_last_day_of_the_period()
    {
        Assert.Equal(6, CompositionIndicators.Members(Councils, Year2018.To));
        Assert.Equal(4, CompositionIndicators.MembersIn(Councils, College.Residents, Year2018.To));
        Assert.Equal(2, CompositionIndicators.MembersIn(Councils, College.LocalActors, Year2018.To));
        Assert.Equal(5, CompositionIndicators.MembersIn(Councils, College.Residents, D(2018, 6, 30)));
    }

    [Fact]
    public void The_residents_share_divides_residents_by_all_members()
    {
        Assert.Equal(0.6667m, CompositionIndicators.ResidentsShare(Councils, Year2018.To));
    }

    [Fact]
    public void Parity_is_the_share_of_women_among_residents()
    {
        Assert.Equal(0.75m, CompositionIndicators.ParityResidents(Councils, Year2018.To));
    }

    [Fact]
    public void The_drawn_share_counts_drawn_residents_and_substitutes()
    {
        Assert.Equal(0.5m, CompositionIndicators.DrawnShare(Councils, Year2018.To));
    }

    [Fact]
    public void Arrivals_and_departures_are_counted_by_their_date_in_the_period()
    {
        Assert.Equal(1, CompositionIndicators.Joined(Councils, Year2018));
        Assert.Equal(1, CompositionIndicators.Turnover(Councils, Year2018));
        Assert.Equal(0, CompositionIndicators.Turnover(Councils, Year2018.AsOf(D(2018, 9, 2))));
    }

    [Fact]
    public void The_memberships_a_dissolution_ends_are_not_turnover()
    {
        Council[] dissolved = [GivenCouncil(Created(), Member(1), Member(2), Left(1, D(2018, 3, 1)),
            new MemberLeft(CouncilId, Id(2), DepartureReason.CouncilDissolved, D(2018, 6, 30)))];

        Assert.Equal(1, CompositionIndicators.Turnover(dissolved, Year2018));
        Assert.Equal(0, CompositionIndicators.Members(dissolved, Year2018.To));
    }

    [Fact]
    public void Shares_are_empty_without_anyone_to_divide_by()
    {
        Council[] empty = [GivenCouncil(Created())];

        Assert.Null(CompositionIndicators.ResidentsShare(empty, Year2018.To));
        Assert.Null(CompositionIndicators.ParityResidents(empty, Year2018.To));
        Assert.Null(CompositionIndicators.DrawnShare(empty, Year2018.To));
    }
}
