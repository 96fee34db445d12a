using System.Net.Http.Json;

namespace ConseilsCitoyens.Bench;

/// <summary>
/// The audit sealer, driven from here (POST /audit/seals, the same code as the API's background
/// sealer, which bench.sh turns off) so that one run can measure appends with and without it.
/// </summary>
internal sealed class Sealer : IAsyncDisposable
{
    private readonly HttpClient http;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private long sealedEvents;

    public Sealer(HttpClient http, TimeSpan interval)
    {
        this.http = http;
        // Sealing a bulk-loaded backlog (10^6 events) takes minutes: HttpClient's 100 s would cut it
        // off client-side and the audit phases would then measure the backlog, not the sealer.
        http.Timeout = Timeout.InfiniteTimeSpan;
        Interval = interval;
        loop = Task.Run(Loop);
    }

    public volatile bool On = true;
    public TimeSpan Interval { get; set; }
    public long Sealed => Interlocked.Read(ref sealedEvents);

    /// <summary>Seals everything committed so far, now.</summary>
    public async Task<int> SealNow(CancellationToken ct = default)
    {
        using var answer = await http.PostAsync("/audit/seals", null, ct);
        answer.EnsureSuccessStatusCode();
        var count = (await answer.Content.ReadFromJsonAsync<Sealing>())!.Sealed;
        Interlocked.Add(ref sealedEvents, count);
        return count;
    }

    private async Task Loop()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, stop.Token);
                if (On) await SealNow(stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (HttpRequestException e) { Console.Error.WriteLine($"bench: sealing failed: {e.Message}"); }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        http.Dispose();
    }

    private sealed record Sealing(int Sealed);
}
