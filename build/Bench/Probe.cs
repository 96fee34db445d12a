using System.Globalization;
using System.Net.Http.Json;

namespace ConseilsCitoyens.Bench;

/// <summary>
/// One phase, repeated, for profiling: `probe --what command|council|programme|dashboard --clients N --seconds S --rounds R`
/// against a running API (councils set up first), each round printing throughput, latency and its cost.
/// </summary>
internal static class Probe
{
    public static async Task<int> Run(Options options)
    {
        var api = new Uri(options.Get("api"));
        if (!api.IsLoopback) return 1;
        var counters = Counters.For(options, api);
        var load = new Load(api, new Tokens(options.Get("key"), options.Get("issuer"), options.Get("audience")), counters);
        var councils = await Setup.Councils(load.Client("probe-setup"), int.Parse(options.Get("councils", "4"), CultureInfo.InvariantCulture),
            firstCode: Random.Shared.Next(100, 700));
        var what = options.Get("what", "command");
        var clients = int.Parse(options.Get("clients", "1"), CultureInfo.InvariantCulture);
        var duration = TimeSpan.FromSeconds(double.Parse(options.Get("seconds", "10"), CultureInfo.InvariantCulture));
        Func<int, long, HttpRequestMessage> request = what switch
        {
            "command" => (client, n) => new HttpRequestMessage(HttpMethod.Post, $"/councils/{councils[client % councils.Count]}/meetings")
            {
                Content = JsonContent.Create(new { kind = "plenary", plannedFor = new DateOnly(2018, 1, 1).AddDays((int)(n % 365)).ToString("yyyy-MM-dd"), convenedBy = new { kind = "facilitator" } }),
            },
            "programme" => (_, _) => new HttpRequestMessage(HttpMethod.Get, WholeProgramme.Report),
            "dashboard" => (_, _) => new HttpRequestMessage(HttpMethod.Get, WholeProgramme.Dashboard),
            _ => (client, n) => new HttpRequestMessage(HttpMethod.Get, $"/councils/{councils[(int)((client + n) % councils.Count)]}"),
        };
        await load.Closed("warm-up", clients, TimeSpan.FromSeconds(3), request);
        for (var round = 0; round < int.Parse(options.Get("rounds", "3"), CultureInfo.InvariantCulture); round++)
            Report.Show(await load.Closed(what, clients, duration, request));
        return 0;
    }
}
