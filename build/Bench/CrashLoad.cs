using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ConseilsCitoyens.Bench;

/// <summary>
/// The load of build/crash.sh: N writers plan meetings (client-chosen meeting id, a fresh
/// Idempotency-Key per command) until the script creates the stop file, or at most M commands or T
/// seconds, while the script kills PostgreSQL and the API. A command that gets no answer, or a
/// 5xx/409, is resent with the same key and the same bytes (a client that does not know whether it
/// was written) until it is answered, 8 answers 409, or for at most `grace` seconds after the stop. Every command
/// goes to a TSV file (key, meeting id, acknowledged, ETag version, tries, last status) that the
/// script checks against the event log.
/// </summary>
internal static class CrashLoad
{
    private sealed record Command(Guid Key, Guid Meeting, string Body)
    {
        public bool Acknowledged;
        public long? Version;
        public int Tries;
        public int LastStatus;
        public int Conflicts;
    }

    public static async Task<int> Run(Options options)
    {
        var api = new Uri(options.Get("api"));
        if (!api.IsLoopback) return Fail("the crash load only targets 127.0.0.1");
        var load = new Load(api, new Tokens(options.Get("key"), options.Get("issuer"), options.Get("audience")));
        var writers = Int(options.Get("writers", "4"));
        var max = Int(options.Get("max", "2000"));
        var duration = TimeSpan.FromSeconds(Int(options.Get("seconds", "30")));
        var grace = TimeSpan.FromSeconds(Int(options.Get("grace", "20")));
        var stopFile = options.Find("stop");
        var output = options.Get("out");

        Console.Error.WriteLine($"crash-load: setting up {writers} councils…");
        var councils = await Setup.Councils(load.Client("crash-setup"), writers);
        // The script waits for this file before it starts killing things.
        if (options.Find("ready") is { } ready) await File.WriteAllTextAsync(ready, "ready\n");

        var commands = new List<Command>();
        var started = 0;
        var failedTries = 0;
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        long stoppedAt = -1; // clock ticks when the writers stopped starting commands
        bool Stopped()
        {
            if (Interlocked.Read(ref stoppedAt) < 0 && (clock.Elapsed >= duration || (stopFile is not null && File.Exists(stopFile))))
                Interlocked.CompareExchange(ref stoppedAt, clock.Elapsed.Ticks, -1);
            return Interlocked.Read(ref stoppedAt) >= 0;
        }
        bool GivenUp() => Stopped() && clock.Elapsed.Ticks >= Interlocked.Read(ref stoppedAt) + grace.Ticks;

        async Task Writer(int writer)
        {
            using var http = load.Client($"crash-writer-{writer}");
            http.Timeout = TimeSpan.FromSeconds(10);
            var path = $"/councils/{councils[writer]}/meetings";
            while (!Stopped() && Interlocked.Increment(ref started) <= max)
            {
                var meeting = Guid.CreateVersion7();
                var body = JsonSerializer.Serialize(new
                {
                    id = meeting, kind = "plenary", plannedFor = new DateOnly(2018, 1, 1).AddDays(meeting.GetHashCode() & 255).ToString("yyyy-MM-dd"),
                    convenedBy = new { kind = "facilitator" },
                });
                var command = new Command(Guid.NewGuid(), meeting, body);
                lock (commands) commands.Add(command);
                while (!GivenUp())
                {
                    command.Tries++;
                    using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                    request.Headers.Add("Idempotency-Key", command.Key.ToString());
                    try
                    {
                        using var answer = await http.SendAsync(request);
                        command.LastStatus = (int)answer.StatusCode;
                        if (answer.IsSuccessStatusCode)
                        {
                            command.Acknowledged = true;
                            command.Version = long.TryParse(answer.Headers.ETag?.Tag.Trim('"'), out var v) ? v : null;
                            break;
                        }
                        // 4xx other than 409 is a refusal: not retried. A 409 should not happen (the key's claim
                        // commits with the command); if it keeps coming, the writer moves on and the script fails.
                        if (command.LastStatus == 409 && ++command.Conflicts >= 8) break;
                        if ((int)answer.StatusCode < 500 && (int)answer.StatusCode != 409)
                        {
                            Console.Error.WriteLine($"crash-load: refused {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
                            break;
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        command.LastStatus = 0;
                    }
                    Interlocked.Increment(ref failedTries);
                    failures.AddOrUpdate(command.LastStatus, 1, (_, n) => n + 1);
                    await Task.Delay(250);
                }
            }
        }

        var loops = Enumerable.Range(0, writers).Select(w => Task.Run(() => Writer(w))).ToArray();
        while (!Task.WhenAll(loops).IsCompleted)
        {
            await Task.WhenAny(Task.WhenAll(loops), Task.Delay(5000));
            int count, acknowledged;
            lock (commands) (count, acknowledged) = (commands.Count, commands.Count(c => c.Acknowledged));
            Console.Error.WriteLine($"crash-load: {clock.Elapsed.TotalSeconds:F0} s, {count} commands, {acknowledged} acknowledged, {Volatile.Read(ref failedTries)} failed tries");
        }
        await Task.WhenAll(loops);
        foreach (var c in commands.Where(c => !c.Acknowledged))
            Console.Error.WriteLine($"crash-load: never acknowledged: key {c.Key}, meeting {c.Meeting}, {c.Tries} tries, last status {c.LastStatus}");

        await File.WriteAllLinesAsync(output, commands.Select(c => string.Join('\t',
            c.Key, c.Meeting, c.Acknowledged ? "t" : "f", c.Version?.ToString(CultureInfo.InvariantCulture) ?? @"\N", c.Tries, c.LastStatus)));
        var acked = commands.Count(c => c.Acknowledged);
        Console.WriteLine($"tried={commands.Count} acknowledged={acked} unacknowledged={commands.Count - acked} " +
            $"failed_tries={failedTries} retried_commands={commands.Count(c => c.Tries > 1)} " +
            $"acknowledged_after_retry={commands.Count(c => c.Acknowledged && c.Tries > 1)} seconds={clock.Elapsed.TotalSeconds:F0} " +
            $"failed_by_status={string.Join(',', failures.OrderBy(p => p.Key).Select(p => $"{(p.Key == 0 ? "none" : p.Key)}:{p.Value}"))}");
        return 0;
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static int Fail(string why)
    {
        Console.Error.WriteLine($"crash-load: {why}");
        return 1;
    }
}
