using System.Text.RegularExpressions;
using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Partners;

public sealed record RegisterPartner(Guid PartnerId, string Name, PartnerKind Kind, string? ArrondissementCode, string? ContactRole, LocalDate Since);

public sealed record UpdatePartner(string Name, PartnerKind Kind, string? ArrondissementCode, string? ContactRole);

public sealed record ClosePartner(LocalDate ClosedOn, string? Reason);

/// <summary>The programme's directory of partners: who they are, where they act, whom to ask for.</summary>
public static partial class PartnerDecider
{
    public static PartnerRegistered Register(RegisterPartner command, LocalDate today)
    {
        ProgrammeCalendar.NotInFuture(command.Since, today, "The start of the partnership");
        var (name, arrondissement, contactRole) = Normalised(command.Name, command.ArrondissementCode, command.ContactRole);
        return new PartnerRegistered(command.PartnerId, name, command.Kind, arrondissement, contactRole, command.Since);
    }

    /// <returns>None when nothing changes (a retry).</returns>
    public static IReadOnlyList<object> Update(Partner partner, UpdatePartner command, LocalDate today)
    {
        var (name, arrondissement, contactRole) = Normalised(command.Name, command.ArrondissementCode, command.ContactRole);
        if (partner.Name == name && partner.Kind == command.Kind && partner.ArrondissementCode == arrondissement && partner.ContactRole == contactRole)
            return [];
        NotClosed(partner, "updated");
        return [new PartnerUpdated(partner.Id, name, command.Kind, arrondissement, contactRole, today)];
    }

    public static IReadOnlyList<object> Close(Partner partner, ClosePartner command, LocalDate today)
    {
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        if (partner.IsClosed)
        {
            if (partner.ClosedOn == command.ClosedOn && partner.ClosureReason == reason)
                return [];
            throw new RuleViolation("partner.already-closed", $"Partner {partner.Id} was already closed on {partner.ClosedOn:yyyy-MM-dd}.");
        }
        if (command.ClosedOn < partner.Since)
            throw new RuleViolation("partner.closed-before-start",
                $"The partnership began on {partner.Since:yyyy-MM-dd}; it cannot end on {command.ClosedOn:yyyy-MM-dd}.");
        ProgrammeCalendar.NotInFuture(command.ClosedOn, today, "The closing date");
        return [new PartnerClosed(partner.Id, reason, command.ClosedOn)];
    }

    /// <summary>Immersions and other records are made only with a current partner.</summary>
    public static void NotClosed(Partner partner, string what)
    {
        if (partner.IsClosed)
            throw new RuleViolation("partner.closed",
                $"Partner {partner.Id} is no longer a partner since {partner.ClosedOn:yyyy-MM-dd}: it cannot be {what}.");
    }

    private static (string Name, string? Arrondissement, string? ContactRole) Normalised(string name, string? arrondissement, string? contactRole)
    {
        var code = string.IsNullOrWhiteSpace(arrondissement) ? null : arrondissement.Trim();
        if (code is not null && !ParisArrondissement().IsMatch(code))
            throw new RuleViolation("partner.arrondissement-outside-paris",
                $"'{code}' is not the INSEE code of a Paris arrondissement (75101 to 75120); leave it empty for a city-wide partner.");

        var role = string.IsNullOrWhiteSpace(contactRole) ? null : contactRole.Trim();
        // DOMAIN.md §6: a partner's contact is a role; a person's e-mail or phone number is personal data.
        if (FreeText.NamesAContact(role))
            throw new RuleViolation("partner.contact-is-personal-data",
                "The contact is a role (\"chargée de mission politique de la ville\"), never an e-mail address or a phone number.");

        return (name.Trim(), code, role);
    }

    [GeneratedRegex("^751(?:0[1-9]|1[0-9]|20)$")]
    private static partial Regex ParisArrondissement();
}
