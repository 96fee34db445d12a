using Marten;
using Npgsql;
using Weasel.Postgresql;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Reads that hold a database connection for long — streamed answers (the audit export, the
/// per-quartier replay) while the client reads at its own pace, and the log's verification — each
/// take a place in a bounded pool: Streams:MaxConcurrent streams (default 4) and one verification
/// at a time; beyond, 429 with Retry-After, so slow or numerous readers cannot take every pooled
/// connection. Their statements stop after Streams:StatementTimeoutSeconds (default 300), however
/// slowly the client reads.
/// </summary>
public sealed class LongReads(IConfiguration configuration)
{
    public const string MaxConcurrentSetting = "Streams:MaxConcurrent";
    public const string StatementTimeoutSetting = "Streams:StatementTimeoutSeconds";
    public const int DefaultMaxConcurrent = 4;
    public const int DefaultStatementTimeoutSeconds = 300;

    private readonly SemaphoreSlim _streams = new(Math.Max(1, configuration.GetValue(MaxConcurrentSetting, DefaultMaxConcurrent)));
    private readonly SemaphoreSlim _verification = new(1);
    private readonly int _timeoutMs = 1000 * Math.Max(1, configuration.GetValue(StatementTimeoutSetting, DefaultStatementTimeoutSeconds));

    /// <summary>A place for one streamed answer, released when disposed (after its last line).</summary>
    public IDisposable EnterStream() => Enter(_streams, "Too many answers are being streamed at once: retry in a few seconds.");

    public IDisposable EnterVerification() => Enter(_verification, "The log is being verified already: retry when that run has answered.");

    /// <summary>A connection of its own whose statements stop after the configured timeout (reset when it goes back to the pool).</summary>
    /// <param name="mayLag">For a view that may lag: on a streaming standby when the connection string names one.</param>
    public async Task<NpgsqlConnection> OpenAsync(IDocumentStore store, CancellationToken ct, bool mayLag = false)
    {
        var connection = ((PostgresqlDatabase)store.Storage.Database).CreateConnection(
            mayLag ? TargetSessionAttributes.PreferStandby : TargetSessionAttributes.ReadWrite);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand($"set statement_timeout = {_timeoutMs}", connection);
        await command.ExecuteNonQueryAsync(ct);
        return connection;
    }

    private static Lease Enter(SemaphoreSlim places, string busy) =>
        places.Wait(0) ? new Lease(places) : throw new Busy(busy);

    private sealed class Lease(SemaphoreSlim places) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                places.Release();
        }
    }
}

internal sealed class Busy(string message) : Exception(message);
