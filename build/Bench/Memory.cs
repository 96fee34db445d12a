namespace ConseilsCitoyens.Bench;

/// <summary>Samples the API's resident set size (VmRSS, what ps -o rss shows) every 200 ms.</summary>
internal sealed class Memory : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;

    public long MaxKb { get; private set; }

    public Memory(int pid) => sampling = Sample(pid, stop.Token);

    private async Task Sample(int pid, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            if (ReadRssKb(pid) is { } kb && kb > MaxKb) MaxKb = kb;
            try { await Task.Delay(200, ct); } catch (OperationCanceledException) { }
        }
    }

    private static long? ReadRssKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        }
        catch (IOException) { return null; }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
        stop.Dispose();
    }
}
