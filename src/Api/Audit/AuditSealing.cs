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
                // The checkpoint's hash in the logs is a trace of the chain kept outside the database.
                if (await sealer.SealAsync(stoppingToken) is { Events: > 0, Last: { } last } pass)
                    logger.LogInformation("Sealed {Count} events up to event {UpTo}: checkpoint {Checkpoint} {Hash}",
                        pass.Events, last.UpTo, last.Id, Convert.ToHexStringLower(last.Hash));
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                logger.LogWarning("Sealing postponed: {Reason}", e.Message);
            }
        }
    }
}
