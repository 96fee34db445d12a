using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// A fixed window per caller (the token's subject, else the client's address) of
/// RateLimiting:PermitPerMinute requests; beyond it, 429 with Retry-After. Probes and the metrics
/// scrape are not counted.
/// </summary>
internal static class RateLimits
{
    private const int DefaultPermitPerMinute = 600;

    public static void AddConseilsRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(WholeProgrammeViews.AddTo);
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((limiter, configuration) =>
        {
            var permits = configuration.GetValue("RateLimiting:PermitPerMinute", DefaultPermitPerMinute);
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsInfrastructure(context.Request.Path)
                    ? RateLimitPartition.GetNoLimiter("infrastructure")
                    : RateLimitPartition.GetFixedWindowLimiter(Caller(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permits,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }));
            limiter.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                rejected.HttpContext.Response.Headers.RetryAfter =
                    Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }

    private static string Caller(HttpContext context) =>
        context.User.FindFirst(Authentication.SubjectClaim)?.Value is { } subject
            ? "user:" + subject
            : "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static bool IsInfrastructure(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");
}
