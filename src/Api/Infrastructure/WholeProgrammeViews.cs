using System.Threading.RateLimiting;
using ConseilsCitoyens.Api.Dashboard;
using Microsoft.AspNetCore.RateLimiting;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// The views that read every council of the programme (or of an arrondissement) at once — the
/// dashboard, the programme's report and evaluation, the evaluation report — each cost hundreds of
/// megabytes and a second of CPU at the national scale (two at once bring the API near its 512 MB):
/// at most WholeProgrammeViews:MaxConcurrent (default 1) are computed at once, up to WholeProgrammeViews:QueueLimit (default 16) more wait
/// their turn in order, and beyond, 429 busy with Retry-After, so that many of them cannot take the
/// API over its memory nor starve the commands. A view marks itself with
/// <c>[EnableRateLimiting(WholeProgrammeViews.Policy)]</c>.
/// </summary>
internal sealed class WholeProgrammeViews(IConfiguration configuration) : IRateLimiterPolicy<string>
{
    public const string Policy = "whole-programme-views";
    public const string MaxConcurrentSetting = "WholeProgrammeViews:MaxConcurrent";
    public const string QueueLimitSetting = "WholeProgrammeViews:QueueLimit";
    public const int DefaultMaxConcurrent = 1;
    public const int DefaultQueueLimit = 16;

    private const string Shared = "whole-programme";

    private readonly ConcurrencyLimiterOptions _options = new()
    {
        PermitLimit = Math.Max(1, configuration.GetValue(MaxConcurrentSetting, DefaultMaxConcurrent)),
        QueueLimit = Math.Max(0, configuration.GetValue(QueueLimitSetting, DefaultQueueLimit)),
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    };

    public static void AddTo(RateLimiterOptions limiter) => limiter.AddPolicy<string, WholeProgrammeViews>(Policy);

    public RateLimitPartition<string> GetPartition(HttpContext context) =>
        // Without a token the request is refused next (401): it takes no place from those who may read.
        context.User.Identity?.IsAuthenticated != true || NarrowedToOneCouncil(context)
            ? RateLimitPartition.GetNoLimiter("unbounded")
            : RateLimitPartition.GetConcurrencyLimiter(Shared, _ => _options);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (rejected, _) =>
        ProblemMapping.Answer(rejected.HttpContext,
            new Busy("Too many views of the whole programme are being computed at once: retry in a few seconds."));

    // ?councilId= narrows the evaluation to one council's facts; the dashboard reads every council for its rows whatever the charts show.
    private static bool NarrowedToOneCouncil(HttpContext context) =>
        !string.IsNullOrWhiteSpace(context.Request.Query["councilId"]) && context.Request.Path != DashboardEndpoint.Path;
}
