using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ConseilsCitoyens.Projections;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Traces and metrics of HTTP, Wolverine, Marten and Npgsql (each emits its own), scraped at
/// /metrics and exported over OTLP (with the logs) when OTEL_EXPORTER_OTLP_ENDPOINT is set.
/// </summary>
internal static class Telemetry
{
    public const string ServiceName = "ConseilsCitoyens.Api";
    public const string MeterName = "ConseilsCitoyens";

    public static void AddConseilsTelemetry(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Marten", "Wolverine*", "Npgsql", MeterName)
                .AddPrometheusExporter());
        // Traces and logs go over OTLP, logs with their scopes (the command's correlation id:
        // CommandTelemetry). Without a collector nobody reads a trace: none is recorded.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry
                .WithTracing(tracing => tracing
                    .AddAspNetCoreInstrumentation()
                    .AddSource("Marten", "Wolverine")
                    .AddNpgsql())
                .WithLogging(_ => { }, logging => logging.IncludeScopes = true)
                .UseOtlpExporter();

        builder.Services.AddSingleton<ProjectionLag>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ProjectionLag>());
    }
}

/// <summary>
/// How far each asynchronous projection is behind the event log's high-water mark, sampled every
/// few seconds (an observable gauge cannot query the database when scraped). Inline projections
/// commit with their events and have no progress row.
/// </summary>
internal sealed class ProjectionLag(IDocumentStore store, ILogger<ProjectionLag> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private const string HighWaterMarkRow = "HighWaterMark";
    private readonly ConcurrentDictionary<string, long> lags = new();
    private long highWaterMark;
    private readonly Meter meter = new(Telemetry.MeterName);
    private readonly HashSet<string> inline = ((StoreOptions)store.Options).Projections.All
        .Where(p => p.Lifecycle == ProjectionLifecycle.Inline).Select(p => p.Name).ToHashSet();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        meter.CreateObservableGauge("conseils.events.sequence", () => Interlocked.Read(ref highWaterMark),
            description: "Highest event sequence in the log");
        meter.CreateObservableGauge("conseils.projection.lag",
            () => lags.Select(l => new Measurement<long>(l.Value, new KeyValuePair<string, object?>("projection", l.Key))),
            unit: "{event}", description: "Events an asynchronous projection has not processed yet");

        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                logger.LogWarning("Projection lag not sampled: {Reason}", e.Message);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Reads the high-water mark and each projection's progression now; the gauges report it.</summary>
    /// <returns>Each asynchronous projection's lag, in events.</returns>
    public async Task<IReadOnlyDictionary<string, long>> SampleAsync(CancellationToken ct)
    {
        var sequence = await EventSequence(ct);
        Interlocked.Exchange(ref highWaterMark, sequence);
        var sampled = new Dictionary<string, long>();
        // Neither the daemon's own high-water mark row nor the rows a rebuild leaves for what the live
        // store does not run asynchronously (the one-pass composite, inline projections) is a lag.
        foreach (var shard in (await store.Advanced.AllProjectionProgress(token: ct)).Where(s => s.ShardName != HighWaterMarkRow && !NotLagging(s.ShardName)))
            lags[shard.ShardName] = sampled[shard.ShardName] = Math.Max(0, sequence - shard.Sequence);
        return sampled;
    }

    private bool NotLagging(string shard) =>
        shard.Split(':')[0] is var projection && (projection == Views.OnePass || inline.Contains(projection));

    // The sequence's value, not a count of the log's rows: the same whatever the size of the log.
    private async Task<long> EventSequence(CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"select case when is_called then last_value else 0 end from {ConseilsCitoyens.Projections.EventStoreSetup.Schema}.mt_events_sequence", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }

    public override void Dispose()
    {
        meter.Dispose();
        base.Dispose();
    }
}
