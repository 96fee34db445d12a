using Npgsql;

namespace ConseilsCitoyens.Api.Audit;

/// <summary>Follows the log: seals what was committed since the last pass, every Audit:SealIntervalSeconds (0 turns it off).</summary>
internal sealed class AuditSealing(AuditSealer sealer, IConfiguration configuration, ILogger<AuditSealing> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("Audit:SealIntervalSeconds", 5);
        if (seconds <= 0)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await sealer.SealAsync(stoppingToken) is var count and > 0)
                    logger.LogInformation("Sealed {Count} events", count);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                logger.LogWarning("Sealing postponed: {Reason}", e.Message);
            }
        }
    }
}
