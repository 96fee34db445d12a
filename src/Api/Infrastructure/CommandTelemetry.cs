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
        var scope = new Dictionary<string, object?>
        {
            ["CorrelationId"] = Attribution.CorrelationIdOf(context),
            ["CommandId"] = Attribution.CommandIdOf(context),
        };
        using var _ = logger.BeginScope(scope);
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
            logger.LogInformation("Command {Command} answered {Status} in {ElapsedMs:0.0} ms", command, status, elapsed.TotalMilliseconds);
        }
    }

    public void Dispose() => meter.Dispose();
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
