using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Quartiers;
using Xunit.Sdk;

namespace ConseilsCitoyens.Domain.Tests.Oracle;

/// <summary>One history played, then every report the oracle can name compared, indicator by indicator, with Report.Compute's.</summary>
public static class Agreement
{
    /// <summary>Half a unit of the fourth decimal: the report rounds shares and averages to four decimals.</summary>
    private const decimal Rounding = 0.00005m;

    /// <returns>The history played, for a run's statistics.</returns>
    public static Simulation Check(History history)
    {
        var simulation = Simulation.Run(history.Steps);
        var disagreements = Disagreements(history, simulation);
        if (disagreements.Count > 0)
            throw new XunitException($"{disagreements.Count} disagreement(s) ({simulation.Refused} steps refused):\n"
                                     + string.Join("\n", disagreements.Take(12)));
        return simulation;
    }

    public static IReadOnlyList<string> Disagreements(History history, Simulation simulation)
    {
        var oracle = new Oracle(simulation.Log);
        var facts = simulation.Facts();
        var disagreements = new List<string>();
        foreach (var scope in oracle.Scopes())
        {
            var councils = facts.Councils.Where(c => DomainScope(c, scope, simulation.Quartiers)).ToArray();
            if (!councils.Select(c => c.Id).ToHashSet().SetEquals(scope.Councils))
                disagreements.Add($"{scope.Name}: the domain pools [{string.Join(", ", councils.Select(c => c.Id))}], the oracle [{string.Join(", ", scope.Councils)}]");
            var scoped = scope.Programme ? facts : facts.For(councils);
            foreach (var probe in history.Probes)
            {
                var period = new ReportPeriod(probe.From, probe.To).AsOf(probe.AsOf);
                var expected = oracle.Report(scope, period.From, period.To);
                foreach (var actual in Report.Compute(scoped, period))
                    if (Disagreement(actual, expected.GetValueOrDefault(actual.Definition.Id)) is { } why)
                        disagreements.Add($"{scope.Name}, {probe}: {actual.Definition.Id} {why}");
            }
        }
        return disagreements.Distinct().ToArray();
    }

    /// <summary>How the API pools a scope's councils (ReportReads): by every quartier code a council ever had, on either map.</summary>
    private static bool DomainScope(Council council, Scope scope, IEnumerable<Quartier> quartiers) => scope.Name.Split(' ') switch
    {
        ["conseil", var id] => council.Id == Guid.Parse(id),
        ["quartier", var code] => council.AllQuartierCodes().Contains(code),
        ["arrondissement", var a] => council.AllQuartierCodes().Any(quartiers.Where(q => q.ArrondissementCode == a).Select(q => q.Code).Contains),
        _ => true,
    };

    private static string? Disagreement(IndicatorValue actual, Expected? expected)
    {
        if (expected is null)
            return "has no definition in the oracle";
        var same = expected.Ratio
            ? (actual.Value is null) == (expected.Value is null) && (actual.Value is null || Math.Abs(actual.Value.Value - expected.Value!.Value) <= Rounding)
            : actual.Value == expected.Value;
        if (!same)
            return $"= {actual.Value?.ToString() ?? "null"}, the oracle says {expected.Value?.ToString() ?? "null"}";
        if (expected.Breakdown is { } parts && !Same(actual.Breakdown, parts))
            return $"breakdown {Show(actual.Breakdown)}, the oracle says {Show(parts)}";
        return null;
    }

    private static bool Same(IReadOnlyDictionary<string, int>? actual, IReadOnlyDictionary<string, int> expected) =>
        actual is not null && actual.Count == expected.Count && expected.All(p => actual.TryGetValue(p.Key, out var n) && n == p.Value);

    private static string Show(IReadOnlyDictionary<string, int>? parts) =>
        parts is null ? "null" : "{" + string.Join(", ", parts.OrderBy(p => p.Key).Select(p => $"{p.Key}: {p.Value}")) + "}";
}
