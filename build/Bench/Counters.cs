using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ConseilsCitoyens.Bench;

/// <summary>
/// What a phase cost, read from the processes' own counters rather than the wall clock (the
/// machine is shared): the API's CPU time (utime + stime of /proc/&lt;pid&gt;/stat) and, when the bench
/// can reach PostgreSQL, the statements it executed (pg_stat_statements, utility statements such as
/// COMMIT included) and the API's database round trips: Npgsql's operations (one a command or batch,
/// from the API's /metrics) plus the COMMIT and ROLLBACK that Npgsql sends on their own; and the bytes
/// the API allocated (the runtime's own count, from /metrics), steady where the CPU time is not.
/// </summary>
internal sealed partial class Counters(int apiPid, HttpClient metrics, string? psql)
{
    private static readonly double TicksPerSecond = ClockTicks();

    /// <summary>The API's process (--pid) and, with --psql "psql -h … -p … -U … -d …", PostgreSQL's statistics.</summary>
    public static Counters? For(Options options, Uri api) =>
        options.Find("pid") is { } pid
            ? new Counters(int.Parse(pid, CultureInfo.InvariantCulture), new HttpClient { BaseAddress = api }, options.Find("psql"))
            : null;

    public async Task<Snapshot> Read()
    {
        var metricsText = await Metrics();
        return new(ApiCpuSeconds(), Sum(OperationCount(), metricsText), await Statements(), Sum(AllocatedBytes(), metricsText));
    }

    /// <summary>Empties pg_stat_statements so that it keeps the rows of one phase (it evicts beyond its maximum).</summary>
    public async Task Reset() => await TryQuery("select pg_stat_statements_reset()");

    private double ApiCpuSeconds()
    {
        // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
        var stat = File.ReadAllText($"/proc/{apiPid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    private async Task<string?> Metrics()
    {
        try { return await metrics.GetStringAsync("/metrics"); }
        catch (HttpRequestException) { return null; }
    }

    private static double? Sum(Regex counter, string? metricsText)
    {
        if (metricsText is null) return null;
        var total = 0.0;
        foreach (Match m in counter.Matches(metricsText))
            total += double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return total;
    }

    private async Task<DbStatements?> Statements()
    {
        var row = await TryQuery("select coalesce(sum(calls), 0), coalesce(sum(calls) filter (where query in ('COMMIT', 'ROLLBACK')), 0) from pg_stat_statements");
        if (row?.Trim().Split('|') is not [var calls, var commits]) return null;
        return new DbStatements(double.Parse(calls, CultureInfo.InvariantCulture), double.Parse(commits, CultureInfo.InvariantCulture));
    }

    // Null without --psql, or when the server was started without the library (a cluster started
    // before pg.sh preloaded it: `build/pg.sh run stop` then start).
    private async Task<string?> TryQuery(string sql)
    {
        if (psql is null) return null;
        var words = psql.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = new ProcessStartInfo(words[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var word in words[1..]) start.ArgumentList.Add(word);
        foreach (var word in new[] { "-X", "-q", "-At", "-c", sql }) start.ArgumentList.Add(word);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode == 0) return output;
        Console.Error.WriteLine($"bench: no database statistics: {(await process.StandardError.ReadToEndAsync()).Trim()}");
        return null;
    }

    private static double ClockTicks()
    {
        try
        {
            using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true })!;
            return double.Parse(getconf.StandardOutput.ReadToEnd().Trim(), CultureInfo.InvariantCulture);
        }
        catch (System.ComponentModel.Win32Exception) { return 100; }
    }

    [GeneratedRegex(@"^db_client_operation_duration_seconds_count\{[^}]*\} ([0-9.e+]+)$", RegexOptions.Multiline)]
    private static partial Regex OperationCount();

    [GeneratedRegex(@"^dotnet_gc_heap_total_allocated_bytes_total\{[^}]*\} ([0-9.e+]+)$", RegexOptions.Multiline)]
    private static partial Regex AllocatedBytes();
}

internal sealed record DbStatements(double Calls, double Commits);

internal sealed record Snapshot(double CpuSeconds, double? NpgsqlOperations, DbStatements? Statements, double? AllocatedBytes)
{
    /// <summary>What happened between two snapshots, per request answered.</summary>
    public Cost Per(Snapshot after, int requests)
    {
        var n = Math.Max(requests, 1);
        double? Per(double? before, double? later) => before is { } b && later is { } a ? (a - b) / n : null;
        var roundTrips = NpgsqlOperations is { } ops && after.NpgsqlOperations is { } opsAfter && Statements is { } s && after.Statements is { } sAfter
            ? (opsAfter - ops + sAfter.Commits - s.Commits) / n
            : (double?)null;
        return new Cost((after.CpuSeconds - CpuSeconds) * 1000 / n, roundTrips, Per(Statements?.Calls, after.Statements?.Calls),
            Per(AllocatedBytes, after.AllocatedBytes) / 1024);
    }
}

/// <summary>Per request: API CPU (ms), database round trips and statements, API allocations (KB) (null when not read).</summary>
internal sealed record Cost(double CpuMs, double? RoundTrips, double? Statements, double? AllocatedKb)
{
    public string Summary =>
        $"API CPU {CpuMs:F2} ms/req" + (AllocatedKb is { } kb ? $" ({kb:F1} KB allocated)" : "")
        + (RoundTrips is { } r ? $", {r:F2} round trips" : "") + (Statements is { } s ? $", {s:F2} statements" : "");
}
