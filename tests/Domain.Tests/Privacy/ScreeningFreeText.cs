using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Privacy;
using ConseilsCitoyens.Domain.Proposals;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Privacy;

/// <summary>Free text kept in events never carries an e-mail address or a phone number.</summary>
public class ScreeningFreeText
{
    private static readonly LocalDate On = new(2018, 6, 30);

    [Theory]
    [InlineData("c.dupont@example.org")]
    [InlineData("écrire à jean+conseil@mairie-paris.fr svp")]
    [InlineData("01 42 00 00 00")]
    [InlineData("06.12.34.56.78")]
    [InlineData("joignable au 0612345678")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("+44 20 7946 0000")]
    public void E_mail_addresses_and_phone_numbers_are_contacts(string text) =>
        Assert.True(FreeText.NamesAContact(text));

    [Theory]
    [InlineData("Reporté au 2018-07-12 faute de quorum")]
    [InlineData("Budget de 150 000 euros pour 2018")]
    [InlineData("Quartier QP075001, arrondissement 75118")]
    [InlineData("Réunion de 18 h 30 à 20 h 00")]
    public void Dates_amounts_and_codes_are_not(string text) =>
        Assert.False(FreeText.NamesAContact(text));

    [Fact]
    public void An_erasure_reason_naming_a_contact_is_refused() =>
        ThenRejected(FreeText.PersonalDataCode, () => FreeText.Screen(new PersonalDataErased(Guid.NewGuid(), "demande de c.dupont@example.org", On)));

    [Fact]
    public void A_dissenting_view_in_a_list_is_screened() =>
        ThenRejected(FreeText.PersonalDataCode, () => FreeText.Screen(new ProposalFiled(Guid.NewGuid(), Guid.NewGuid(), ProposalKind.Opinion,
            "Rénovation", "Avis favorable", false, ["Contre, rappeler au 06 12 34 56 78"], "Bailleur", On)));

    [Fact]
    public void A_priority_nested_in_a_diagnostic_is_screened() =>
        ThenRejected(FreeText.PersonalDataCode, () => FreeText.Screen(new DiagnosticVersionPublished(Guid.NewGuid(), "QP999001", 1, On,
            ["Constat"], [new Priority(Guid.NewGuid(), "Voir avec j.martin@example.org", PrioritySource.Residents, null)])));

    [Fact]
    public void Text_without_contacts_passes() =>
        FreeText.Screen(new PersonalDataErased(Guid.NewGuid(), "Demande écrite du 2018-06-12", On));
}
