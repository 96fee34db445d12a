using System.Diagnostics;
using System.Net;

namespace ConseilsCitoyens.Bench;

/// <summary>
/// Concurrent request loops for a fixed time, each client with its own HttpClient (one HTTP/1.1
/// keep-alive connection). Closed loop: a client sends its next request when the previous answered.
/// Paced: each client follows a schedule and latency runs from the scheduled moment, so that
/// queueing behind a slow answer is counted (no coordinated omission).
/// </summary>
internal sealed class Load(Uri api, Tokens tokens, Counters? counters = null)
{
    public HttpClient Client(string subject)
    {
        var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        {
            BaseAddress = api,
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestHeaders.Authorization = new("Bearer", tokens.Mint(subject));
        return http;
    }

    public Task<PhaseResult> Closed(string name, int clients, TimeSpan duration, Func<int, long, HttpRequestMessage> request) =>
        Run(name, clients, duration, request, interval: null);

    public Task<PhaseResult> Paced(string name, int clients, TimeSpan duration, double perSecond, Func<int, long, HttpRequestMessage> request) =>
        Run(name, clients, duration, request, interval: TimeSpan.FromSeconds(clients / perSecond));

    private async Task<PhaseResult> Run(
        string name, int clients, TimeSpan duration, Func<int, long, HttpRequestMessage> request, TimeSpan? interval)
    {
        var https = Enumerable.Range(0, clients).Select(i => Client($"bench-{name}-{i}")).ToArray();
        var done = 0;
        var failed = 0;
        string? firstFailure = null;
        if (counters is not null) await counters.Reset();
        var before = counters is null ? null : await counters.Read();
        var clock = Stopwatch.StartNew();
        var end = duration;

        async Task<List<double>> Loop(int client)
        {
            var latencies = new List<double>(4096);
            // Paced clients start staggered so that the load is even.
            var offset = interval is { } step ? step * client / clients : TimeSpan.Zero;
            for (long n = 0; ; n++)
            {
                var scheduled = interval is { } i ? offset + i * n : clock.Elapsed;
                if (scheduled >= end) break;
                if (scheduled > clock.Elapsed) await Task.Delay(scheduled - clock.Elapsed);
                using var message = request(client, n);
                var started = interval is null ? clock.Elapsed : scheduled;
                try
                {
                    using var answer = await https[client].SendAsync(message);
                    var body = await answer.Content.ReadAsStringAsync();
                    if (answer.IsSuccessStatusCode)
                    {
                        latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                        Interlocked.Increment(ref done);
                    }
                    else Fail($"{(int)answer.StatusCode} {body[..Math.Min(body.Length, 300)]}");
                }
                catch (HttpRequestException e) { Fail(e.Message); }
                catch (TaskCanceledException e) { Fail(e.Message); }
            }
            return latencies;
        }

        void Fail(string why)
        {
            Interlocked.Increment(ref failed);
            Interlocked.CompareExchange(ref firstFailure, why, null);
        }

        var loops = Enumerable.Range(0, clients).Select(c => Task.Run(() => Loop(c))).ToArray();
        while (!Task.WhenAll(loops).IsCompleted)
        {
            await Task.WhenAny(Task.WhenAll(loops), Task.Delay(1000));
            // A live counter on a terminal; a log only gets the phase's summary line.
            if (!Console.IsErrorRedirected)
                Console.Error.Write($"\r  {name} × {clients}: {clock.Elapsed.TotalSeconds,4:F0} s, {Volatile.Read(ref done)} ok, {Volatile.Read(ref failed)} failed   ");
        }
        if (!Console.IsErrorRedirected) Console.Error.Write("\r\u001b[K");
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, duration.TotalSeconds);
        foreach (var http in https) http.Dispose();
        var all = (await Task.WhenAll(loops)).SelectMany(l => l).ToArray();
        var cost = before is null ? null : before.Per(await counters!.Read(), done);
        return new PhaseResult(name, clients, seconds, done, failed, all, firstFailure, cost);
    }
}
