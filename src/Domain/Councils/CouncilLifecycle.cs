using System.Text.RegularExpressions;
using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Councils;

public sealed record ArrangeHosting(HostingKind Kind, string HostName, LocalDate On);

public sealed record AdoptInternalRules(string Title, string DocumentHash, LocalDate AdoptedOn);

public sealed record RecordPrefectoralOrder(string Reference, LocalDate SignedOn, IReadOnlyList<Guid> RecognisedMemberIds, string? SupportingStructure);

public sealed record ChangeStatus(CouncilStatus Status, string Reason, LocalDate On);

public sealed record SetCityContractParameters(int MandateMonths, int MaxUnjustifiedAbsences, LocalDate On);

public static partial class CouncilDecider
{
    /// <summary>Rule 10: municipal hosting is for the start-up; past this it is reported.</summary>
    public static readonly Period StartUp = Period.FromMonths(12);

    public static IReadOnlyList<object> ArrangeHosting(Council council, ArrangeHosting command, LocalDate today)
    {
        NotDissolved(council);
        DatedWithinLife(council, command.On, today, "The hosting date");
        if (council.Hosting is { } current && current.Kind == command.Kind && current.HostName == command.HostName.Trim())
            return [];

        var arranged = new HostingArranged(council.Id, command.Kind, command.HostName.Trim(), command.On);
        var beyondStartUp = command.Kind == HostingKind.Municipal && command.On > council.CreatedOn.Plus(StartUp);
        return beyondStartUp
            ? [arranged, Compliance.Warn(council.Id, 10, "hosting.municipal-beyond-start-up",
                "Municipal hosting is allowed during the start-up; an association or a host structure takes over after.", command.On)]
            : [arranged];
    }

    /// <summary>Rule 15: internal rules are versioned; adopting the current text again is a repeat.</summary>
    public static IReadOnlyList<object> AdoptInternalRules(Council council, AdoptInternalRules command, LocalDate today)
    {
        NotDissolved(council);
        DatedWithinLife(council, command.AdoptedOn, today, "The adoption date");
        var hash = command.DocumentHash.Trim().ToLowerInvariant();
        if (!Sha256Hex().IsMatch(hash))
            throw new RuleViolation("internal-rules.hash-malformed", "The document hash is the hex SHA-256 of the adopted text.");
        if (council.InternalRules is [.., var latest] && latest.DocumentHash == hash)
            return [];
        if (council.InternalRules is [.., var previous] && command.AdoptedOn < previous.AdoptedOn)
            throw new RuleViolation("internal-rules.out-of-order", $"Version {previous.RulesVersion} was adopted on {previous.AdoptedOn:yyyy-MM-dd}.");

        return [new InternalRulesAdopted(council.Id, council.InternalRules.Length + 1, command.Title.Trim(), hash, command.AdoptedOn)];
    }

    /// <summary>Rule 9: the order recognises members who sit on the council on the day it is signed.</summary>
    public static IReadOnlyList<object> RecordPrefectoralOrder(Council council, RecordPrefectoralOrder command, LocalDate today)
    {
        NotDissolved(council);
        DatedWithinLife(council, command.SignedOn, today, "The order's date");
        var strangers = command.RecognisedMemberIds.Where(id => !council.IsMemberOn(id, command.SignedOn)).ToArray();
        if (strangers.Length > 0)
            throw new RuleViolation("order.recognises-non-members",
                $"Not members on {command.SignedOn:yyyy-MM-dd}: {string.Join(", ", strangers)}.");
        if (council.Order is { } order && order.Reference == command.Reference.Trim())
            return [];

        return [new PrefectoralOrderRecorded(council.Id, command.Reference.Trim(), command.SignedOn,
            command.RecognisedMemberIds.Distinct().ToArray(), command.SupportingStructure?.Trim())];
    }

    public static IReadOnlyList<object> ChangeStatus(Council council, ChangeStatus command, LocalDate today)
    {
        if (council.Status == command.Status)
            return [];
        NotDissolved(council);
        DatedWithinLife(council, command.On, today, "The status date");
        // Statuses follow each other in time, so that a council read as of any date is in a state the rules allow.
        if (command.On < council.StatusSince)
            throw new RuleViolation("council.status-out-of-order",
                $"The council became {council.Status} on {council.StatusSince:yyyy-MM-dd}: a later status change is not dated before.");
        if (!CanMove(council.Status, command.Status))
            throw new RuleViolation("council.illegal-status-change", $"A council cannot go from {council.Status} to {command.Status}.");

        var changed = new CouncilStatusChanged(council.Id, command.Status, command.Reason.Trim(), command.On);
        if (command.Status == CouncilStatus.Dissolved)
            return [changed, .. EndMemberships(council, command.On)];
        if (command.Status != CouncilStatus.Active)
            return [changed];

        var rules = Law.On(command.On);
        // Rule 9: until the 2024 decrees a council functions once a prefectoral order recognises it.
        if (rules.PrefectoralOrderRequired && (council.Order is null || council.Order.SignedOn > command.On))
            throw new RuleViolation("council.not-recognised",
                $"Until the 2024 decrees (in force from {Law.Decrees2024:yyyy-MM-dd}) a council is recognised by a prefectoral order before it functions.");

        var warnings = new List<object>();
        // Rule 15: the council adopts internal rules or a charter.
        if (council.InternalRules.IsEmpty)
            warnings.Add(Compliance.Warn(council.Id, 15, "council.no-internal-rules",
                "The council functions without internal rules or a charter.", command.On));
        return [changed, .. warnings, .. CouncilComposition.Enforce(Council.Evolve(council, changed), command.On)];
    }

    public static IReadOnlyList<object> SetCityContractParameters(Council council, SetCityContractParameters command, LocalDate today)
    {
        NotDissolved(council);
        DatedWithinLife(council, command.On, today, "The parameters' date");
        if (council.Parameters == new CityContractParameters(command.MandateMonths, command.MaxUnjustifiedAbsences))
            return [];
        return [new CityContractParametersSet(council.Id, command.MandateMonths, command.MaxUnjustifiedAbsences, command.On)];
    }

    // Every view of a later date finds nobody sitting on a dissolved council.
    private static IEnumerable<MemberLeft> EndMemberships(Council council, LocalDate dissolvedOn)
    {
        var later = council.Members.Where(m => m.JoinedOn > dissolvedOn || m.LeftOn is { } left && left > dissolvedOn).Select(m => m.MemberId).ToArray();
        if (later.Length > 0)
            throw new RuleViolation("council.dissolution-before-membership",
                $"Memberships start or end after {dissolvedOn:yyyy-MM-dd}: {string.Join(", ", later)}. The council is dissolved after them.");
        return council.CurrentMembers().Select(m => new MemberLeft(council.Id, m.MemberId, DepartureReason.CouncilDissolved, dissolvedOn)).ToArray();
    }

    private static bool CanMove(CouncilStatus from, CouncilStatus to) => (from, to) switch
    {
        (_, CouncilStatus.Dissolved) => true,
        (_, CouncilStatus.Forming) => false,
        (CouncilStatus.Forming, CouncilStatus.Active) => true,
        (CouncilStatus.Forming, _) => false,
        _ => true,
    };

    private static void DatedWithinLife(Council council, LocalDate date, LocalDate today, string what)
    {
        if (date < council.CreatedOn)
            throw new RuleViolation("date.before-council", $"{what} ({date:yyyy-MM-dd}) is before the council's creation.");
        ProgrammeCalendar.NotInFuture(date, today, what);
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256Hex();
}
