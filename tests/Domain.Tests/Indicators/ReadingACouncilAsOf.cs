using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Indicators.IndicatorFixtures;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

public class ReadingACouncilAsOf
{
    private static readonly object[] Stream =
    [
        Created(),
        Member(1),
        Member(2),
        Left(2, D(2018, 3, 5)),
        Compliance.Warn(CouncilId, 6, "composition.residents-below-half", "message", D(2018, 3, 5)),
        Member(3, on: D(2018, 9, 3)),
        Left(1, D(2018, 10, 1)),
    ];

    private static IEnumerable<(object, long)> Versioned() => Stream.Select((e, i) => (e, (long)i + 1));

    [Fact]
    public void A_member_who_joined_after_the_date_is_absent_and_one_who_left_before_is_shown_as_left()
    {
        var council = CouncilAsOf.Fold(Versioned(), D(2018, 6, 30))!;

        Assert.Equal([Id(1), Id(2)], council.Members.Select(m => m.MemberId));
        Assert.Equal(D(2018, 3, 5), council.FindMember(Id(2))!.LeftOn);
        Assert.True(council.FindMember(Id(1))!.IsCurrent());
        Assert.Equal(5, council.Version);
    }

    [Fact]
    public void Before_its_creation_a_council_did_not_exist()
    {
        Assert.Null(CouncilAsOf.Fold(Versioned(), CreatedOn.PlusDays(-1)));
    }

    [Fact]
    public void As_of_today_the_fold_is_the_council_itself()
    {
        var folded = CouncilAsOf.Fold(Versioned(), Today.PlusYears(1))!;
        var live = GivenCouncil(Stream.Where(e => e is ICouncilEvent).ToArray());

        Assert.Equal(live.Members.ToArray(), folded.Members.ToArray());
    }
}
