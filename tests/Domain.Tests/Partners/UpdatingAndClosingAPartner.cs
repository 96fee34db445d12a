using ConseilsCitoyens.Domain.Partners;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Partners.PartnerFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Partners;

public class UpdatingAndClosingAPartner
{
    [Fact]
    public void A_new_contact_role_is_recorded_on_today() =>
        ThenEvents(PartnerDecider.Update(GivenPartner(Registered()), Update(contactRole: "directrice"), Today),
            new PartnerUpdated(PartnerId, "Centre social d'essai", PartnerKind.Association, "75118", "directrice", Today));

    [Fact]
    public void A_partner_that_becomes_city_wide_loses_its_arrondissement()
    {
        var partner = GivenPartner([Registered(), .. PartnerDecider.Update(GivenPartner(Registered()), Update(arrondissement: null), Today)]);

        Assert.True(partner.IsCityWide);
    }

    [Fact]
    public void The_same_description_again_is_a_repeat() =>
        ThenEvents(PartnerDecider.Update(GivenPartner(Registered()), Update(name: " Centre social d'essai "), Today));

    [Fact]
    public void A_closed_partner_is_no_longer_updated() =>
        ThenRejected("partner.closed", () => PartnerDecider.Update(GivenPartner(Registered(), Closed()), Update(kind: PartnerKind.Other), Today));

    [Fact]
    public void An_update_is_judged_by_the_same_rules_as_a_registration() =>
        ThenRejected("partner.arrondissement-outside-paris", () => PartnerDecider.Update(GivenPartner(Registered()), Update(arrondissement: "75121"), Today));

    [Fact]
    public void A_partner_is_closed_on_a_date_with_a_reason() =>
        ThenEvents(PartnerDecider.Close(GivenPartner(Registered()), new ClosePartner(new LocalDate(2018, 3, 1), " Fin de la convention "), Today),
            Closed());

    [Fact]
    public void Closing_again_the_same_way_is_a_repeat_and_otherwise_rejected()
    {
        var closed = GivenPartner(Registered(), Closed());

        ThenEvents(PartnerDecider.Close(closed, new ClosePartner(new LocalDate(2018, 3, 1), "Fin de la convention"), Today));
        ThenRejected("partner.already-closed", () => PartnerDecider.Close(closed, new ClosePartner(new LocalDate(2018, 3, 2), null), Today));
    }

    [Fact]
    public void A_partnership_does_not_end_before_it_began_nor_after_today()
    {
        var partner = GivenPartner(Registered());

        ThenRejected("partner.closed-before-start", () => PartnerDecider.Close(partner, new ClosePartner(Since.PlusDays(-1), null), Today));
        ThenRejected("date.in-future", () => PartnerDecider.Close(partner, new ClosePartner(Today.PlusDays(1), null), Today));
    }
}
