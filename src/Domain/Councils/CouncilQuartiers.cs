using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Quartiers;
using NodaTime;

namespace ConseilsCitoyens.Domain.Councils;

public sealed record RemapQuartiers(IReadOnlyList<string> QuartierCodes, MapGeneration Generation, LocalDate On);

public static partial class CouncilDecider
{
    /// <summary>
    /// A map change: from <paramref name="command"/>'s date the council covers these quartiers of the
    /// named generation, each registered and in force that day (rule 1 still applies).
    /// </summary>
    /// <param name="known">The registered quartiers among the codes asked for.</param>
    public static IReadOnlyList<object> RemapQuartiers(Council council, RemapQuartiers command, IReadOnlyCollection<Quartier> known, LocalDate today)
    {
        NotDissolved(council);
        DatedWithinLife(council, command.On, today, "The map change's date");
        var codes = command.QuartierCodes.Select(Quartier.Normalise).Distinct().ToArray();

        if (codes.Length == 0)
            throw new RuleViolation("council.no-quartier", "A council covers at least one priority neighbourhood (QPV).");
        if (codes.Length > 1 && !Law.On(command.On).SeveralQuartiersPerCouncil)
            throw new RuleViolation("council.several-quartiers-before-2017",
                $"Before the circular of {Law.Circular2017:d MMMM yyyy} a council covers exactly one QPV.");

        var byCode = known.ToDictionary(q => q.Code, StringComparer.Ordinal);
        var unknown = codes.Where(c => !byCode.ContainsKey(c)).ToArray();
        if (unknown.Length > 0)
            throw new RuleViolation("council.unknown-quartier", $"Unknown quartier code(s): {string.Join(", ", unknown)}.");
        var otherMap = codes.Where(c => byCode[c].Generation != command.Generation).ToArray();
        if (otherMap.Length > 0)
            throw new RuleViolation("council.quartier-of-another-map",
                $"{string.Join(", ", otherMap)} do(es) not belong to the {command.Generation} map.");
        var notInForce = codes.Where(c => !byCode[c].IsInForceOn(command.On)).ToArray();
        if (notInForce.Length > 0)
            throw new RuleViolation("council.quartier-not-in-force",
                $"{string.Join(", ", notInForce)} is (are) not on the priority map on {command.On:yyyy-MM-dd}.");

        var last = council.QuartierHistory.LastOrDefault();
        if (last is not null && last.Codes.Order(StringComparer.Ordinal).SequenceEqual(codes.Order(StringComparer.Ordinal)))
            return [];
        if (last is not null && command.On <= last.From)
            throw new RuleViolation("council.map-change-out-of-order",
                $"The council's quartiers already changed on {last.From:yyyy-MM-dd}: a later map change comes after it.");

        return [new CouncilQuartiersRemapped(council.Id, codes, command.Generation, command.On)];
    }
}
