using System.Globalization;
using System.Text;

namespace ConseilsCitoyens.Bench;

/// <summary>The markdown table of the results file and docs/performance.md: measure, clients, result,
/// the API's CPU (and allocations) and the database round trips (statements) per request, baseline, ratio, target, met.</summary>
internal static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static PhaseResult Show(PhaseResult result)
    {
        Console.Error.WriteLine(result.Summary);
        if (result.FirstFailure is { } why) Console.Error.WriteLine($"  first failure: {why}");
        return result;
    }

    public static string Table(
        IReadOnlyList<PhaseResult> writes, IReadOnlyDictionary<int, double> baseline, PhaseResult halfPeak, double peak,
        IReadOnlyList<(PhaseResult Result, string Target, double LimitMs)> reads, long maxRssKb, AuditResult? audit)
    {
        var md = new StringBuilder();
        md.AppendLine("| Measure | Clients | Result | API CPU (allocated) / request | DB round trips (statements) / request | Baseline (pgbench) | Ratio | Target | Met |");
        md.AppendLine("|---|---:|---|---:|---:|---|---:|---|---|");
        foreach (var w in writes)
        {
            var hasBase = baseline.TryGetValue(w.Clients, out var tps);
            var ratio = hasBase ? w.PerSecond / tps : double.NaN;
            // issue 17's targets: a quarter of pgbench at one client, 15 % at 16, and 0.6 ms of API CPU a command.
            var share = w.Clients == 1 ? 0.25 : 0.15;
            Row(md, "Commands over HTTP (`POST /councils/{id}/meetings`)", w.Clients.ToString(Invariant),
                $"{w.PerSecond:F0} req/s, p50 {w.Percentile(50):F1} ms, p99 {w.Percentile(99):F1} ms{Failures(w)}", Cpu(w), Trips(w),
                hasBase ? $"{tps:F0} tx/s" : "—", hasBase ? $"{ratio:P0}" : "—", $"≥ {share:P0} of baseline, API CPU ≤ 0.6 ms",
                Met(hasBase && ratio >= share && w.Cost is not { CpuMs: > 0.6 }));
        }
        Row(md, "Commands at half the peak load (paced, latency from the scheduled send)", halfPeak.Clients.ToString(Invariant),
            $"{halfPeak.PerSecond:F0} req/s (peak {peak:F0}), p50 {halfPeak.Percentile(50):F1} ms, p99 {halfPeak.Percentile(99):F1} ms{Failures(halfPeak)}",
            Cpu(halfPeak), Trips(halfPeak), "—", "—", "p99 ≤ 20 ms", Met(halfPeak.Percentile(99) <= 20));
        foreach (var (r, target, limit) in reads)
            Row(md, Describe(r.Name), r.Clients.ToString(Invariant),
                $"{r.PerSecond:F0} req/s, p50 {r.Percentile(50):F1} ms, p99 {r.Percentile(99):F1} ms{Failures(r)}",
                Cpu(r), Trips(r), "—", "—", target, Met(r.Percentile(99) <= limit));
        if (audit is null)
            Row(md, "Appends with the audit sealer every 1 s vs stopped", "4",
                "not measured: the bulk-loaded log's backlog was still being sealed", "—", "—", "—", "—", "≤ 10 % slower", "—");
        else
        {
            var (on, off) = (audit.On.Sum(r => r.Ok) / audit.On.Sum(r => r.Seconds), audit.Off.Sum(r => r.Ok) / audit.Off.Sum(r => r.Seconds));
            var cost = 1 - on / off;
            Row(md, "Appends with the audit sealer every 1 s vs stopped (`POST /councils/{id}/meetings`, 2 × 2 alternating phases)",
                audit.On[0].Clients.ToString(Invariant),
                $"{on:F0} req/s with (p99 {Percentile(audit.On, 99):F1} ms, {audit.SealedDuring} events sealed meanwhile, {audit.BacklogAtEnd} left at the end), {off:F0} req/s without (p99 {Percentile(audit.Off, 99):F1} ms): {cost:P1} slower",
                Cpu(audit.On[0]) + " with, " + Cpu(audit.Off[0]) + " without", Trips(audit.On[0]), "—", $"{on / off:P0}", "≤ 10 % slower", Met(cost <= 0.10));
        }
        Row(md, "API resident memory (max of `VmRSS`, sampled every 200 ms over the whole run)", "—",
            $"{maxRssKb / 1024.0:F0} MB", "—", "—", "—", "—", "< 512 MB", Met(maxRssKb < 512 * 1024));
        return md.ToString();
    }

    private static double Percentile(IEnumerable<PhaseResult> phases, double p) =>
        new PhaseResult("", 0, 0, 0, 0, phases.SelectMany(r => r.LatenciesMs).ToArray(), null).Percentile(p);

    private static string Describe(string name) => name switch
    {
        "GET council" => "Read a council (`GET /councils/{id}`)",
        "GET council asOf" => "Council as of a date (`GET /councils/{id}?asOf=2018-06-30`)",
        "GET council report 2018" => "A view: council report (`GET /councils/{id}/report?year=2018`)",
        _ => name,
    };

    private static string Cpu(PhaseResult r) =>
        r.Cost is { } c ? $"{c.CpuMs:F2} ms" + (c.AllocatedKb is { } kb ? $" ({kb:F0} KB)" : "") : "—";

    private static string Trips(PhaseResult r) =>
        r.Cost is { RoundTrips: { } trips } c ? $"{trips:F2} ({c.Statements:F1})" : "—";

    private static string Failures(PhaseResult r) => r.Failed == 0 ? "" : $", **{r.Failed} failed**";

    private static string Met(bool met) => met ? "yes" : "**no**";

    private static void Row(StringBuilder md, params string[] cells) =>
        md.Append("| ").AppendJoin(" | ", cells).AppendLine(" |");
}

/// <summary>Appends with the sealer running and stopped, phase by phase.</summary>
internal sealed record AuditResult(IReadOnlyList<PhaseResult> On, IReadOnlyList<PhaseResult> Off, long SealedDuring, long BacklogAtEnd);
