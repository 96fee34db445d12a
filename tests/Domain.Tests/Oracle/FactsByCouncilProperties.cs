using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using NodaTime;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ConseilsCitoyens.Domain.Tests.Oracle;

/// <summary>
/// A scope cut from the facts indexed by council (<see cref="FactsByCouncil"/>) holds the facts that
/// name its councils, in their order, and reports the same figures as the whole facts filtered fact by
/// fact: on the oracle's random histories, for each council alone, each pair, and all of them.
/// ORACLE_SEED=&lt;seed&gt; replays a run.
/// </summary>
public class FactsByCouncilProperties(ITestOutputHelper output)
{
    private const int HistoriesPerRun = 100;

    [Fact]
    public void A_scope_cut_from_the_index_reports_as_the_facts_filtered_one_by_one()
    {
        var seed = Runs.Seed();
        output.WriteLine($"Facts by council: {HistoriesPerRun} histories, ORACLE_SEED={seed}");
        var scopes = 0;
        Runs.ForAll(seed, HistoriesPerRun, history => scopes += Check(history));
        Assert.True(scopes > HistoriesPerRun, $"ORACLE_SEED={seed}: {scopes} scopes checked");
    }

    /// <returns>How many scopes were compared.</returns>
    private static int Check(History history)
    {
        var facts = Simulation.Run(history.Steps).Facts();
        var index = new FactsByCouncil(facts);
        var councils = facts.Councils;
        var scopes = councils.Select(c => new[] { c })
            .Concat(councils.Zip(councils.Skip(1), (a, b) => new[] { b, a }))
            .Append(councils.ToArray());
        var period = new ReportPeriod(new LocalDate(2017, 1, 1), new LocalDate(2020, 12, 31));
        var compared = 0;
        foreach (var scope in scopes)
        {
            var cut = index.For(scope);
            var filtered = Filtered(facts, scope);
            Same(filtered.Meetings, cut.Meetings, "meetings", history);
            Same(filtered.Proposals, cut.Proposals, "proposals", history);
            Same(filtered.Interpellations, cut.Interpellations, "interpellations", history);
            Same(filtered.SteeringSessions, cut.SteeringSessions, "steering sessions", history);
            Same(filtered.Initiatives, cut.Initiatives, "initiatives", history);
            Same(filtered.Warnings, cut.Warnings, "warnings", history);
            Same(filtered.Roadmaps, cut.Roadmaps, "roadmaps", history);
            Same(filtered.Drawings, cut.Drawings, "drawings", history);
            foreach (var probe in history.Probes.Select(p => new ReportPeriod(p.From, p.To).AsOf(p.AsOf)).Append(period))
            {
                var expected = Report.Compute(filtered, probe);
                var actual = Report.Compute(cut, probe);
                foreach (var (e, a) in expected.Zip(actual))
                    if (e.Value != a.Value || !SameBreakdown(e.Breakdown, a.Breakdown))
                        throw new XunitException($"{scope.Length} councils, {probe}: {e.Definition.Id} filtered {e.Value}, cut {a.Value}\n{history}");
            }
            compared++;
        }
        return compared;
    }

    // The reference: every list filtered fact by fact; the team, the logs and the diagnostics whole.
    private static ReportFacts Filtered(ReportFacts facts, IReadOnlyList<Council> councils)
    {
        var ids = councils.Select(c => c.Id).ToHashSet();
        return new ReportFacts(councils,
            facts.Meetings.Where(m => ids.Contains(m.CouncilId)).ToArray(),
            facts.Proposals.Where(p => ids.Contains(p.CouncilId)).ToArray(),
            facts.Interpellations.Where(i => ids.Contains(i.CouncilId)).ToArray(),
            facts.SteeringSessions.Where(s => s.CouncilIds.Any(ids.Contains)).ToArray(),
            facts.Initiatives.Where(i => ids.Contains(i.CouncilId)).ToArray(),
            facts.Warnings.Where(w => ids.Contains(w.CouncilId)).ToArray())
        {
            ActivityLogs = facts.ActivityLogs,
            Roadmaps = facts.Roadmaps.Where(r => ids.Contains(r.CouncilId)).ToArray(),
            Team = facts.Team,
            Drawings = facts.Drawings.Where(d => ids.Contains(d.CouncilId)).ToArray(),
            Diagnostics = facts.Diagnostics,
            Calendar = facts.Calendar,
        };
    }

    private static void Same<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual, string what, History history)
    {
        if (!expected.SequenceEqual(actual))
            throw new XunitException($"{what}: {expected.Count} filtered, {actual.Count} cut, or not in the same order\n{history}");
    }

    private static bool SameBreakdown(IReadOnlyDictionary<string, int>? expected, IReadOnlyDictionary<string, int>? actual) =>
        expected is null ? actual is null : actual is not null && expected.Count == actual.Count && expected.All(p => actual.GetValueOrDefault(p.Key, -1) == p.Value);
}
