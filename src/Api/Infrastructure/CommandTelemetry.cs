using System.Collections;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Every request's logs carry its correlation id (and the command id of a write) as a logging
/// scope, so Marten's, Wolverine's and our own lines of one command can be gathered; each command
/// (a POST) is counted and timed by route and status, and logged once when answered.
/// </summary>
internal sealed class CommandTelemetry : IDisposable
{
    private readonly ILogger<CommandTelemetry> logger;
    private readonly Meter meter = new(Telemetry.MeterName);
    private readonly Counter<long> commands;
    private readonly Histogram<double> duration;

    public CommandTelemetry(ILogger<CommandTelemetry> logger)
    {
        this.logger = logger;
        commands = meter.CreateCounter<long>("conseils.commands", "{command}", "Commands (POST) answered, by route and status");
        duration = meter.CreateHistogram<double>("conseils.command.duration", "s", "Time to answer a command, by route and status");
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        using var _ = logger.BeginScope(new RequestScope(Attribution.CorrelationIdOf(context), Attribution.CommandIdOf(context)));
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await next(context);
            return;
        }

        // Read before the pipeline: the exception handler clears the endpoint when it answers a problem.
        var command = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var status = context.Response.StatusCode;
            var tags = new TagList { { "command", command }, { "status", status } };
            commands.Add(1, tags);
            duration.Record(elapsed.TotalSeconds, tags);
            Answered(logger, command, status, elapsed.TotalMilliseconds, null);
        }
    }

    public void Dispose() => meter.Dispose();

    // Defined once: each command's line is then written without an argument array or boxed values.
    private static readonly Action<ILogger, string, int, double, Exception?> Answered = LoggerMessage.Define<string, int, double>(
        LogLevel.Information, default, "Command {Command} answered {Status} in {ElapsedMs:0.0} ms");

    /// <summary>The request's ids as a logging scope: pairs for structured sinks, one line for text ones.</summary>
    private sealed class RequestScope(string correlationId, string? commandId) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => 2;

        public KeyValuePair<string, object?> this[int index] => index switch
        {
            0 => new("CorrelationId", correlationId),
            1 => new("CommandId", commandId),
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            yield return this[0];
            yield return this[1];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"CorrelationId:{correlationId} CommandId:{commandId}";
    }
}

internal static class CommandTelemetryExtensions
{
    public static IServiceCollection AddCommandTelemetry(this IServiceCollection services) => services.AddSingleton<CommandTelemetry>();

    public static IApplicationBuilder UseCommandTelemetry(this IApplicationBuilder app)
    {
        var telemetry = app.ApplicationServices.GetRequiredService<CommandTelemetry>();
        return app.Use((context, next) => telemetry.InvokeAsync(context, next));
    }
}
