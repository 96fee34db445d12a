using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Not ready while an asynchronous projection is more than Projections:MaxLagEvents behind the
/// log (its node died and no other took it over, or it cannot keep up): its readers would see stale data.
/// </summary>
internal sealed class ProjectionLagCheck(ProjectionLag lag, IConfiguration configuration) : IHealthCheck
{
    public const int DefaultMaxLagEvents = 10_000;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var bound = configuration.GetValue("Projections:MaxLagEvents", DefaultMaxLagEvents);
        var behind = (await lag.SampleAsync(cancellationToken)).Where(l => l.Value > bound).ToArray();
        return behind.Length == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"more than {bound} events behind: " + string.Join(", ", behind.Select(l => $"{l.Key} ({l.Value})")));
    }
}
