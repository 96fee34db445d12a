using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Not ready while PostgreSQL does not answer, or while an asynchronous projection is more than
/// Projections:MaxLagEvents behind the log (its node died and no other took it over, or it cannot
/// keep up): its readers would see stale data. /health/ready is anonymous, so a probe costs two
/// small reads (the event sequence's value, the projections' progress), and its answer is shared
/// for Health:CacheSeconds (default 2): however many callers, one probe at a time.
/// </summary>
internal sealed class ProjectionLagCheck(ProjectionLag lag, IConfiguration configuration, TimeProvider time) : IHealthCheck
{
    public const int DefaultMaxLagEvents = 10_000;
    public const string CheckedAtKey = "checkedAt";
    private readonly Lock _gate = new();
    private Task<HealthCheckResult>? _probe;
    private DateTimeOffset _probedAt;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var fresh = TimeSpan.FromSeconds(configuration.GetValue("Health:CacheSeconds", 2.0));
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_probe is null || (_probe.IsCompleted && now - _probedAt >= fresh))
            {
                _probedAt = now;
                // Not the caller's token: a client that hangs up does not fail the probe the others wait for.
                _probe = Probe(now);
            }
            return _probe.WaitAsync(cancellationToken);
        }
    }

    private async Task<HealthCheckResult> Probe(DateTimeOffset at)
    {
        var data = new Dictionary<string, object> { [CheckedAtKey] = at };
        try
        {
            var bound = configuration.GetValue("Projections:MaxLagEvents", DefaultMaxLagEvents);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            var behind = (await lag.SampleAsync(timeout.Token)).Where(l => l.Value > bound).ToArray();
            return behind.Length == 0
                ? HealthCheckResult.Healthy(data: data)
                : HealthCheckResult.Unhealthy($"more than {bound} events behind: " + string.Join(", ", behind.Select(l => $"{l.Key} ({l.Value})")), data: data);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or OperationCanceledException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer: " + e.Message, data: data);
        }
    }

    /// <summary>The readiness answer: its status and when the probe it reports was taken.</summary>
    public static Task WriteAnswer(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var checkedAt = report.Entries.Values.SelectMany(e => e.Data).Where(d => d.Key == CheckedAtKey).Select(d => d.Value).FirstOrDefault();
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), checkedAt }));
    }
}
