using ConseilsCitoyens.Domain.Interpellations;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Interpellations.InterpellationFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Interpellations;

public class ReferringAnInterpellation
{
    [Fact]
    public void A_council_refers_difficulties_to_the_prefet() =>
        ThenEvents([InterpellationDecider.Refer(Council, Referral(), Today)], Referred());

    [Fact]
    public void The_right_of_interpellation_applies_from_29_january_2017_and_not_the_day_before()
    {
        Assert.Equal(new LocalDate(2017, 1, 29), InterpellationDecider.Refer(Council, Referral(new LocalDate(2017, 1, 29)), Today).ReferredOn);
        ThenRejected("interpellation.not-available", () => InterpellationDecider.Refer(Council, Referral(new LocalDate(2017, 1, 28)), Today));
    }

    [Fact]
    public void A_council_refers_nothing_before_it_exists() =>
        ThenRejected("interpellation.referred-before-council",
            () => InterpellationDecider.Refer(GivenCouncil(Created()), Referral(CreatedOn.PlusDays(-1)), Today));

    [Fact]
    public void A_referral_cannot_be_dated_in_the_future() =>
        ThenRejected("date.in-future", () => InterpellationDecider.Refer(Council, Referral(Today.PlusDays(1)), Today));

    [Fact]
    public void A_referred_interpellation_starts_its_history_at_the_referral()
    {
        var interpellation = GivenInterpellation(Referred());

        Assert.Equal(InterpellationStage.Referred, interpellation.Stage);
        Assert.Equal([new StageReached(InterpellationStage.Referred, ReferredOn)], interpellation.History.AsEnumerable());
        Assert.Null(interpellation.JudgedJustified);
    }
}
