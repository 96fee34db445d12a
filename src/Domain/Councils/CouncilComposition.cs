using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Councils;

/// <summary>
/// The composition rules a functioning council is held to (rules 4, 6, 7), judged on a date, when
/// it becomes active and on every change of an active council's members. A council that is not
/// active (forming, inactive, in renewal, dissolved) is not judged: a small core group is allowed.
/// </summary>
public static class CouncilComposition
{
    public const int RecommendedMinimum = 15;
    public const int RecommendedMaximum = 50;

    /// <summary>
    /// A decision (an activation, an admission): a hard rule it breaks refuses it, unless the council
    /// already broke that rule <paramref name="before"/> the change (it was reported when it arose).
    /// </summary>
    public static IReadOnlyList<ComplianceWarningRecorded> Enforce(Council after, LocalDate on, Council? before = null)
    {
        var standing = before is null ? [] : Breaches(before, on).Select(b => b.Warning.Code).ToHashSet();
        var breaches = Breaches(after, on).ToArray();
        if (breaches.FirstOrDefault(b => b.Strength == RuleStrength.Hard && !standing.Contains(b.Warning.Code)) is { } refused)
            throw new RuleViolation(refused.Warning.Code, refused.Warning.Message);
        return breaches.Select(b => b.Warning).ToArray();
    }

    /// <summary>A fact (a departure): whatever rule it breaks is reported, none refuses it.</summary>
    public static IReadOnlyList<ComplianceWarningRecorded> Report(Council after, LocalDate on) =>
        Breaches(after, on).Select(b => b.Warning).ToArray();

    private sealed record Breach(RuleStrength Strength, ComplianceWarningRecorded Warning);

    private static IEnumerable<Breach> Breaches(Council council, LocalDate on)
    {
        if (council.Status != CouncilStatus.Active)
            yield break;
        var rules = Law.On(on);
        var members = council.Members.Where(m => m.SitsOn(on)).ToArray();
        var residents = members.Count(m => m.College == College.Residents);

        // Rule 6: residents are at least half of the members.
        if (members.Length > 0 && residents * 2 < members.Length)
            yield return new(RuleStrength.Soft, Compliance.Warn(council.Id, 6, "composition.residents-below-half",
                $"Residents are {residents} of {members.Length} members, less than half.", on));

        // Rule 7: 15 to 50 members recommended since the 2017 circular.
        if (rules.SizeRecommended && members.Length is < RecommendedMinimum or > RecommendedMaximum)
            yield return new(RuleStrength.Soft, Compliance.Warn(council.Id, 7, "composition.size-outside-recommendation",
                $"{members.Length} members, outside the recommended {RecommendedMinimum} to {RecommendedMaximum}.", on));

        // Rule 4: volunteers may complement the drawn residents, never replace them all.
        var residentsFromDrawing = members.Count(m => m.College == College.Residents && m.Origin is MemberOrigin.Drawn or MemberOrigin.Substitute);
        if (residents > 0 && residentsFromDrawing == 0)
            yield return new(rules.DrawingOfResidents, Compliance.Warn(council.Id, 4, "composition.volunteers-only",
                "Every resident member is a volunteer: residents come from a drawing by lot.", on));
    }
}
