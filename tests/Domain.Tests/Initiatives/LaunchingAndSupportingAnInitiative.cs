using ConseilsCitoyens.Domain.Initiatives;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Initiatives.InitiativeFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Initiatives;

public class LaunchingAndSupportingAnInitiative
{
    private static readonly Initiative InProgress = GivenInitiative(Launched());

    [Fact]
    public void The_council_launches_an_initiative() =>
        ThenEvents([InitiativeDecider.Launch(GivenCouncil(Created()),
                new LaunchInitiative(InitiativeId, " Fête de quartier ", "Une fête pour se rencontrer entre voisins.", LaunchedOn), Today)],
            Launched());

    [Fact]
    public void An_initiative_is_not_launched_before_the_council_exists() =>
        ThenRejected("initiative.launched-before-council", () => InitiativeDecider.Launch(GivenCouncil(Created()),
            new LaunchInitiative(InitiativeId, "Fête", "Fête", CreatedOn.PlusDays(-1)), Today));

    [Fact]
    public void An_initiative_is_not_launched_in_the_future() =>
        ThenRejected("date.in-future", () => InitiativeDecider.Launch(GivenCouncil(Created()),
            new LaunchInitiative(InitiativeId, "Fête", "Fête", Today.PlusDays(1)), Today));

    [Fact]
    public void Financial_support_records_the_funds_and_their_fund() =>
        ThenEvents(InitiativeDecider.Support(InProgress, Financial(), Today), Supported(Financial()));

    [Fact]
    public void Logistical_support_brings_no_funds() =>
        ThenEvents(InitiativeDecider.Support(InProgress, Logistical(), Today), Supported(Logistical()));

    [Fact]
    public void Funds_add_up_over_financial_supports()
    {
        var second = Financial(50_000) with { SupportId = Guid.NewGuid() };
        var initiative = GivenInitiative(Launched(), Supported(Financial()), Supported(Logistical() with { SupportId = Guid.NewGuid() }), Supported(second));

        Assert.Equal(200_000L, initiative.TotalFundsCents);
        Assert.Equal(3, initiative.Supports.Length);
    }

    [Fact]
    public void Financial_support_without_an_amount_is_rejected() =>
        ThenRejected("initiative.financial-support-without-amount", () => InitiativeDecider.Support(InProgress, Financial(amountCents: null), Today));

    [Fact]
    public void Financial_support_without_a_fund_is_rejected() =>
        ThenRejected("initiative.financial-support-without-fund", () => InitiativeDecider.Support(InProgress, Financial(fund: " "), Today));

    [Fact]
    public void Non_financial_support_with_an_amount_is_rejected() =>
        ThenRejected("initiative.amount-without-financial-support",
            () => InitiativeDecider.Support(InProgress, Logistical() with { AmountCents = 1000 }, Today));

    [Fact]
    public void Non_financial_support_from_a_fund_is_rejected() =>
        ThenRejected("initiative.fund-without-financial-support",
            () => InitiativeDecider.Support(InProgress, Logistical() with { Kind = SupportKind.Methodological, Fund = Fund }, Today));

    [Fact]
    public void Support_is_not_dated_before_the_launch() =>
        ThenRejected("initiative.date-before-launch", () => InitiativeDecider.Support(InProgress, Logistical(LaunchedOn.PlusDays(-1)), Today));

    [Fact]
    public void Support_is_not_dated_in_the_future() =>
        ThenRejected("date.in-future", () => InitiativeDecider.Support(InProgress, Logistical(Today.PlusDays(1)), Today));

    [Fact]
    public void A_completed_initiative_takes_no_more_support() =>
        ThenRejected("initiative.not-in-progress", () => InitiativeDecider.Support(
            GivenInitiative(Launched(), new InitiativeCompleted(InitiativeId, CouncilId, "Réussie", new LocalDate(2017, 11, 6))), Logistical(), Today));

    [Fact]
    public void A_dropped_initiative_takes_no_more_support() =>
        ThenRejected("initiative.not-in-progress", () => InitiativeDecider.Support(
            GivenInitiative(Launched(), new InitiativeDropped(InitiativeId, CouncilId, "Pas de salle", new LocalDate(2017, 11, 6))), Logistical(), Today));

    [Fact]
    public void Repeating_the_same_support_appends_nothing() =>
        ThenEvents(InitiativeDecider.Support(GivenInitiative(Launched(), Supported(Financial())), Financial(), Today));

    [Fact]
    public void The_same_support_id_with_other_facts_is_rejected() =>
        ThenRejected("initiative.support-already-recorded",
            () => InitiativeDecider.Support(GivenInitiative(Launched(), Supported(Financial())), Financial(99), Today));
}
