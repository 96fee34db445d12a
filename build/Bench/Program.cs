using System.Globalization;
using System.Net.Http.Json;
using ConseilsCitoyens.Bench;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// build/crash.sh's load: `crash-load --api … --out commands.tsv` (see CrashLoad).
if (args.FirstOrDefault() == "crash-load") return await CrashLoad.Run(Options.Parse(args[1..]));
// A single phase repeated, for profiling (see Probe).
if (args.FirstOrDefault() == "probe") return await Probe.Run(Options.Parse(args[1..]));

// The load generator of build/bench.sh (see there): sets councils up, then times commands and reads.
var options = Options.Parse(args);
var api = new Uri(options.Get("api"));
if (!api.IsLoopback) return Fail("the bench only targets 127.0.0.1");
var load = new Load(api, new Tokens(options.Get("key"), options.Get("issuer"), options.Get("audience")), Counters.For(options, api));
var councilCount = int.Parse(options.Get("councils", "16"), CultureInfo.InvariantCulture);
var duration = TimeSpan.FromSeconds(double.Parse(options.Get("seconds", "10"), CultureInfo.InvariantCulture));
var clientCounts = options.Get("clients", "1,4,16").Split(',').Select(int.Parse).ToArray();
var baseline = options.Get("baseline", "").Split(',', StringSplitOptions.RemoveEmptyEntries)
    .Select(p => p.Split('=')).ToDictionary(p => int.Parse(p[0]), p => double.Parse(p[1], CultureInfo.InvariantCulture));

await using var memory = new Memory(int.Parse(options.Get("pid"), CultureInfo.InvariantCulture));

// The API's own sealer is off (bench.sh): this one seals every 5 s, as the API's default does.
await using var sealer = new Sealer(load.Client("bench-sealer"), TimeSpan.FromSeconds(5));

Console.Error.WriteLine($"bench: setting up {councilCount} councils (quartier, 6 members, 4 meetings each)…");
var councils = await Setup.Councils(load.Client("bench-setup"), councilCount);
// Councils with a long history of held meetings (--history-meetings, default 100 and 3,000): a report's
// cost as the history grows; the same report asKnownAt (folded from the events) for comparison.
var histories = new List<(int Meetings, Guid Council)>();
foreach (var (meetings, number) in options.Get("history-meetings", "100,3000").Split(',', StringSplitOptions.RemoveEmptyEntries)
             .Select((m, i) => (int.Parse(m, CultureInfo.InvariantCulture), i + 1)))
{
    Console.Error.WriteLine($"bench: setting up a council with {meetings} meetings held over 2017–2019…");
    histories.Add((meetings, await Setup.CouncilWithHistory(load.Client("bench-setup"), meetings, number)));
}
var historiesKnownAt = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
// A national quartier when bench-scale.sh loaded the national set (--replay-quartier), else one of the setup's.
var replayed = options.Find("replay-quartier") ?? await Setup.ReplayQuartier(load.Client("bench-setup"));
var replayEvents = await Replay.Count(load.Client("bench-setup"), replayed);
Console.Error.WriteLine($"bench: replaying quartier {replayed} ({replayEvents} events in {Replay.Window})");

HttpRequestMessage PlanMeeting(int client, long n)
{
    var council = councils[client % councils.Count];
    var plannedFor = new DateOnly(2018, 1, 1).AddDays((int)(n % 365));
    return new HttpRequestMessage(HttpMethod.Post, $"/councils/{council}/meetings")
    {
        Content = JsonContent.Create(new { kind = "plenary", plannedFor = plannedFor.ToString("yyyy-MM-dd"), convenedBy = new { kind = "facilitator" } }),
    };
}
HttpRequestMessage GetReplay(int client, long n) => new(HttpMethod.Get, Replay.Path(replayed));
Func<int, long, HttpRequestMessage> Get(string query) =>
    (client, n) => new HttpRequestMessage(HttpMethod.Get, $"/councils/{councils[(int)((client + n) % councils.Count)]}{query}");

Console.Error.WriteLine("bench: warm-up (not measured)…");
await load.Closed("warm-up", 2, TimeSpan.FromSeconds(3), PlanMeeting);
foreach (var query in new[] { "", "?asOf=2018-06-30", "/report?year=2018" })
    await load.Closed("warm-up", 2, TimeSpan.FromSeconds(1), Get(query));
await load.Closed("warm-up", 2, TimeSpan.FromSeconds(1), GetReplay);
foreach (var (_, path) in WholeProgramme.Views)
    await load.Closed("warm-up", 2, TimeSpan.FromSeconds(1), (_, _) => new HttpRequestMessage(HttpMethod.Get, path));

var writes = new List<PhaseResult>();
foreach (var clients in clientCounts)
    writes.Add(Report.Show(await load.Closed("POST meetings", clients, duration, PlanMeeting)));
var peak = writes.Max(w => w.PerSecond);
var halfPeak = Report.Show(await load.Paced("POST meetings, half peak", 8, duration, peak / 2, PlanMeeting));

var reads = new List<(PhaseResult Result, string Target, double LimitMs)>
{
    (Report.Show(await load.Closed("GET council", 4, duration, Get(""))), "p99 ≤ 20 ms", 20),
    (Report.Show(await load.Closed("GET council asOf", 4, duration, Get("?asOf=2018-06-30"))), "p99 ≤ 20 ms", 20),
    (Report.Show(await load.Closed("GET council report 2018", 4, duration, Get("/report?year=2018"))), "p99 ≤ 20 ms (a view)", 20),
};
reads.AddRange(await HistoryReports());
// The views that read every council: the national set's (--national-councils, bench-scale.sh) and the bench's own.
var everyCouncil = options.Find("national-councils") is { } national
    ? $"{national} national councils and the bench's own"
    : "the bench's own councils";
foreach (var (name, path) in WholeProgramme.Views)
    reads.Add((Report.Show(await load.Closed($"{name} (`GET {path}`), {everyCouncil}", 4, duration,
        (_, _) => new HttpRequestMessage(HttpMethod.Get, path))), "p99 ≤ 100 ms (1,200 councils)", 100));
reads.Add((Report.Show(await load.Closed("GET quartier replay", 4, duration, GetReplay)) with { Name = Replay.Label(replayed, replayEvents) }, "p99 ≤ 200 ms", 200));

async Task<IEnumerable<(PhaseResult, string, double)>> HistoryReports()
{
    var phases = new List<(PhaseResult, string, double)>();
    foreach (var (meetings, council) in histories)
    {
        HttpRequestMessage Report2018(int client, long n) => new(HttpMethod.Get, $"/councils/{council}/report?year=2018");
        phases.Add((Report.Show(await load.Closed($"GET council report 2018, {meetings} meetings", 4, duration, Report2018)), "p99 ≤ 20 ms (a view; API CPU ≤ 2 ms)", 20));
    }
    if (histories.Count > 0)
    {
        var (meetings, council) = histories[^1];
        HttpRequestMessage Folded(int client, long n) => new(HttpMethod.Get, $"/councils/{council}/report?year=2018&asKnownAt={historiesKnownAt}");
        phases.Add((Report.Show(await load.Closed($"GET council report 2018 asKnownAt (folded), {meetings} meetings", 4, duration, Folded)), "none (the fold, for comparison)", double.PositiveInfinity));
    }
    return phases;
}

// Append throughput with the hash-chain sealer running (every second, harsher than the
// default) and stopped, same load, alternating phases so that drift hits both alike.
var auditClients = int.Parse(options.Get("audit-clients", "4"), CultureInfo.InvariantCulture);
sealer.Interval = TimeSpan.FromSeconds(1);
var withSealer = new List<PhaseResult>();
var withoutSealer = new List<PhaseResult>();
AuditResult? audit = null;
// A bulk-loaded store (BENCH_SCALE_COUNCILS) starts with its whole log unsealed: the comparison
// only means something once that backlog is sealed; when it takes longer than this, it is skipped.
var backlogDeadline = TimeSpan.FromSeconds(double.Parse(options.Get("audit-backlog-seconds", "120"), CultureInfo.InvariantCulture));
var sealing = sealer.SealNow();
if (await Task.WhenAny(sealing, Task.Delay(backlogDeadline)) == sealing)
{
    await sealing;
    var sealedBefore = sealer.Sealed;
    for (var round = 0; round < 2; round++)
    {
        sealer.On = false;
        withoutSealer.Add(Report.Show(await load.Closed("POST meetings, sealer off", auditClients, duration, PlanMeeting)));
        sealer.On = true;
        withSealer.Add(Report.Show(await load.Closed("POST meetings, sealer on", auditClients, duration, PlanMeeting)));
    }
    var backlog = await sealer.SealNow();
    audit = new AuditResult(withSealer, withoutSealer, sealer.Sealed - sealedBefore - backlog, backlog);
}
else
{
    sealer.On = false;
    Console.Error.WriteLine($"bench: the log's backlog was not sealed within {backlogDeadline.TotalSeconds:0} s: the sealer comparison is skipped");
}

var table = Report.Table(writes, baseline, halfPeak, peak, reads, memory.MaxKb, audit);
Console.WriteLine(table);
if (options.Find("out") is { } file) await File.AppendAllTextAsync(file, table);
var failures = writes.Append(halfPeak).Concat(reads.Select(r => r.Result)).Concat(withSealer).Concat(withoutSealer).Sum(r => r.Failed);
return failures == 0 ? 0 : Fail($"{failures} requests failed");

static int Fail(string why)
{
    Console.Error.WriteLine($"bench: {why}");
    return 1;
}
