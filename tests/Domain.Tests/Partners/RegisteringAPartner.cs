using ConseilsCitoyens.Domain.Partners;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Partners.PartnerFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Partners;

public class RegisteringAPartner
{
    [Fact]
    public void A_partner_of_an_arrondissement_is_registered_with_a_contact_role() =>
        ThenEvents([PartnerDecider.Register(Register(), Today)], Registered());

    [Fact]
    public void A_city_wide_partner_has_no_arrondissement()
    {
        var registered = PartnerDecider.Register(Register(arrondissement: " "), Today);

        Assert.Null(registered.ArrondissementCode);
        Assert.True(GivenPartner(registered).IsCityWide);
    }

    [Theory]
    [InlineData("75101")]
    [InlineData("75120")]
    public void The_first_and_last_arrondissements_are_in_paris(string code) =>
        Assert.Equal(code, PartnerDecider.Register(Register(code), Today).ArrondissementCode);

    [Theory]
    [InlineData("75100")]
    [InlineData("75121")]
    [InlineData("75056")]
    [InlineData("93066")]
    [InlineData("18e")]
    public void An_arrondissement_outside_paris_is_rejected(string code) =>
        ThenRejected("partner.arrondissement-outside-paris", () => PartnerDecider.Register(Register(code), Today));

    [Theory]
    [InlineData("c.dupont@example.org")]
    [InlineData("01 42 00 00 00")]
    [InlineData("chargée de mission, 0612345678")]
    public void A_contact_is_a_role_never_an_email_or_a_phone_number(string contact) =>
        ThenRejected("partner.contact-is-personal-data", () => PartnerDecider.Register(Register(contactRole: contact), Today));

    [Fact]
    public void A_partnership_starting_after_today_is_rejected() =>
        ThenRejected("date.in-future", () => PartnerDecider.Register(Register(since: Today.PlusDays(1)), Today));

    [Fact]
    public void A_partnership_starting_today_is_accepted() =>
        Assert.Equal(Today, PartnerDecider.Register(Register(since: new LocalDate(2018, 6, 30)), Today).Since);
}
