using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Councils;

/// <summary>The composition rules a functioning council is held to (rules 4, 6, 7), judged on a date.</summary>
public static class CouncilComposition
{
    public const int RecommendedMinimum = 15;
    public const int RecommendedMaximum = 50;

    /// <summary>
    /// Checked when a council becomes active and on every change of an active council's members;
    /// while forming, a small core group is allowed.
    /// </summary>
    public static IEnumerable<ComplianceWarningRecorded> Check(Council council, LocalDate on)
    {
        var rules = Law.On(on);
        var members = council.Members.Where(m => m.SitsOn(on)).ToArray();
        var residents = members.Count(m => m.College == College.Residents);

        // Rule 6: residents are at least half of the members.
        if (members.Length > 0 && residents * 2 < members.Length)
            yield return Compliance.Warn(council.Id, 6, "composition.residents-below-half",
                $"Residents are {residents} of {members.Length} members, less than half.", on);

        // Rule 7: 15 to 50 members recommended since the 2017 circular.
        if (rules.SizeRecommended && members.Length is < RecommendedMinimum or > RecommendedMaximum)
            yield return Compliance.Warn(council.Id, 7, "composition.size-outside-recommendation",
                $"{members.Length} members, outside the recommended {RecommendedMinimum} to {RecommendedMaximum}.", on);

        // Rule 4: volunteers may complement the drawn residents, never replace them all.
        var residentsFromDrawing = members.Count(m => m.College == College.Residents && m.Origin is MemberOrigin.Drawn or MemberOrigin.Substitute);
        foreach (var warning in Compliance.Enforce(rules.DrawingOfResidents, residents > 0 && residentsFromDrawing == 0,
                     council.Id, 4, "composition.volunteers-only",
                     "Every resident member is a volunteer: residents come from a drawing by lot.", on))
            yield return warning;
    }
}
