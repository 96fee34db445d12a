namespace ConseilsCitoyens.Bench;

/// <summary>What one timed phase measured: successful requests, failures, and latency percentiles.</summary>
internal sealed record PhaseResult(string Name, int Clients, double Seconds, int Ok, int Failed, double[] LatenciesMs, string? FirstFailure, Cost? Cost = null)
{
    public double PerSecond => Ok / Seconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0) return double.NaN;
        var sorted = LatenciesMs.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public string Summary =>
        $"{Name,-28} {Clients,2} clients  {PerSecond,8:F1} req/s  p50 {Percentile(50),7:F2} ms  p99 {Percentile(99),7:F2} ms  failed {Failed}" + (Cost is { } c ? $"  {c.Summary}" : "");
}
