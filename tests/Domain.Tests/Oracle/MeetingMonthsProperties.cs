using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Meetings;
using NodaTime;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ConseilsCitoyens.Domain.Tests.Oracle;

/// <summary>
/// A council's report read from its months equals the one folded from its whole history: on the
/// oracle's random histories, each meeting's events filed through <see cref="MeetingMonths"/> as the
/// log records them (late ones included), then every council's report over each probe and over the
/// four years, indicator by indicator, computed with only the meetings of the period's months. And the
/// day tallies kept month by month, one meeting change at a time (<see cref="MeetingMonths.Changes"/>, as
/// the council's monthly rows keep them), equal the tallies of the meetings folded from the whole
/// history, over each probe's period and over random periods.
/// ORACLE_SEED=&lt;seed&gt; replays a run.
/// </summary>
public class MeetingMonthsProperties(ITestOutputHelper output)
{
    private const int HistoriesPerRun = 100;
    private const int RandomPeriodsPerHistory = 20;

    [Fact]
    public void A_council_report_from_its_months_equals_the_report_from_its_whole_history() =>
        ForAllHistories("Meeting months", "held a meeting in a period read", Check);

    [Fact]
    public void The_tallies_kept_month_by_month_equal_the_tallies_of_the_folded_meetings() =>
        ForAllHistories("Meeting tallies", "tallied a day in a period read", CheckTallies);

    /// <param name="check">Returns how many facts it compared: some run must compare one.</param>
    private void ForAllHistories(string property, string compared, Func<History, int> check)
    {
        var seed = Runs.Seed();
        output.WriteLine($"{property}: {HistoriesPerRun} histories, ORACLE_SEED={seed}");
        var count = 0;
        Runs.ForAll(seed, HistoriesPerRun, history => count += check(history));
        Assert.True(count > 0, $"ORACLE_SEED={seed}: no history {compared}");
    }

    /// <returns>How many meetings the periods read held, summed.</returns>
    private static int Check(History history)
    {
        var simulation = Simulation.Run(history.Steps);
        var months = File(simulation.Log);
        var facts = simulation.Facts();
        var periods = history.Probes.Select(p => new ReportPeriod(p.From, p.To).AsOf(p.AsOf))
            .Append(new ReportPeriod(new LocalDate(2017, 1, 1), new LocalDate(2020, 12, 31)));
        var held = 0;
        foreach (var council in facts.Councils)
            foreach (var period in periods)
            {
                var whole = facts.For([council]);
                var fromMonths = whole with
                {
                    Meetings = MeetingMonths.Covering(period).SelectMany(m => months.TryGetValue((council.Id, m), out var filed) ? filed.Values : Enumerable.Empty<Meeting>()).ToArray(),
                };
                var expected = Report.Compute(whole, period);
                var actual = Report.Compute(fromMonths, period);
                foreach (var (e, a) in expected.Zip(actual))
                    if (e.Value != a.Value || !SameBreakdown(e.Breakdown, a.Breakdown))
                        throw new XunitException($"council {council.Id}, {period}: {e.Definition.Id} whole history {e.Value}, months {a.Value}\n{history}");
                held += (int)(actual.Single(v => v.Definition.Id == Domain.Conventions.IndicatorIds.MeetingsHeld).Value ?? 0);
            }
        return held;
    }

    /// <summary>Every meeting, as its events fold it one by one, filed under its council and month as they move it.</summary>
    private static Dictionary<(Guid Council, LocalDate Month), Dictionary<Guid, Meeting>> File(IEnumerable<Recorded> log)
    {
        var meetings = new Dictionary<Guid, Meeting>();
        var months = new Dictionary<(Guid, LocalDate), Dictionary<Guid, Meeting>>();
        foreach (var recorded in log.Where(r => r.Data is IMeetingEvent))
        {
            var before = meetings.GetValueOrDefault(recorded.Stream);
            var after = meetings[recorded.Stream] = Meeting.Evolve(before, recorded.Data);
            var (leaves, files) = MeetingMonths.Filing(before, after);
            if (leaves is { } left)
                months[(before!.CouncilId, left)].Remove(before.Id);
            if (files is { } month)
            {
                if (!months.TryGetValue((after.CouncilId, month), out var filed))
                    months[(after.CouncilId, month)] = filed = [];
                filed[after.Id] = after;
            }
        }
        return months;
    }

    private static bool SameBreakdown(IReadOnlyDictionary<string, int>? expected, IReadOnlyDictionary<string, int>? actual) =>
        expected is null ? actual is null : actual is not null && expected.Count == actual.Count && expected.All(p => actual.GetValueOrDefault(p.Key, -1) == p.Value);

    /// <returns>How many day entries the periods read, summed.</returns>
    private static int CheckTallies(History history)
    {
        // Drawn from the history itself, so that a replayed or shrunk history reads the same periods.
        var random = new Random(history.Steps.Count * 7919 + history.Probes.Count);
        var simulation = Simulation.Run(history.Steps);
        var months = Keep(simulation.Log);
        var facts = simulation.Facts();
        var periods = history.Probes.Select(p => new ReportPeriod(p.From, p.To).AsOf(p.AsOf))
            .Concat(Enumerable.Range(0, RandomPeriodsPerHistory).Select(_ => RandomPeriod(random))).ToArray();
        var tallied = 0;
        foreach (var council in facts.Councils)
        {
            var folded = MeetingTallies.Of(facts.Meetings.Where(m => m.CouncilId == council.Id));
            foreach (var period in periods)
            {
                var expected = MeetingTallies.In(folded, period).ToArray();
                var fromRows = MeetingTallies.In(MeetingMonths.Covering(period).SelectMany(m => months.GetValueOrDefault((council.Id, m), [])), period).ToArray();
                if (!expected.SequenceEqual(fromRows))
                    throw new XunitException($"council {council.Id}, {period}: folded {Show(expected)}, rows {Show(fromRows)}\n{history}");
                tallied += fromRows.Length;
            }
        }
        return tallied;
    }

    /// <summary>Each council's months of day tallies, changed by every meeting event as the log records it.</summary>
    private static Dictionary<(Guid Council, LocalDate Month), ImmutableArray<MeetingDay>> Keep(IEnumerable<Recorded> log)
    {
        var meetings = new Dictionary<Guid, Meeting>();
        var months = new Dictionary<(Guid, LocalDate), ImmutableArray<MeetingDay>>();
        foreach (var recorded in log.Where(r => r.Data is IMeetingEvent))
        {
            var before = meetings.GetValueOrDefault(recorded.Stream);
            var after = meetings[recorded.Stream] = Meeting.Evolve(before, recorded.Data);
            foreach (var change in MeetingMonths.Changes(before, after))
                months[(change.CouncilId, change.Month)] = change.Apply(months.GetValueOrDefault((change.CouncilId, change.Month), []));
        }
        return months;
    }

    // Within the histories' years and a little around them, starting and ending on any day of a month.
    private static ReportPeriod RandomPeriod(Random random)
    {
        var first = new LocalDate(2016, 10, 1);
        var from = first.PlusDays(random.Next(0, 365 * 5));
        return new ReportPeriod(from, from.PlusDays(random.Next(0, 500)));
    }

    private static string Show(IEnumerable<MeetingDay> days) =>
        string.Join("; ", days.Select(d => $"{d.Day} held {d.Tally.MeetingsHeld()}, registers {d.Tally.Registers.Length}"));
}
