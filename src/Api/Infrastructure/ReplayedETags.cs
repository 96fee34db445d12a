using System.Text.Json;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Wolverine replays a repeated Idempotency-Key with the first answer's status, body and Location
/// only: for a command carrying a key, a 2xx JSON answer without an ETag gets the one its body's
/// <c>version</c> gives, as the first answer had. Only keyed commands are buffered (small answers).
/// </summary>
internal static class ReplayedETags
{
    // A request without a key passes through without an async frame of its own.
    public static IApplicationBuilder UseReplayedETags(this IApplicationBuilder app) => app.Use((context, next) =>
        HttpMethods.IsGet(context.Request.Method) || !context.Request.Headers.ContainsKey("Idempotency-Key")
            ? next(context)
            : Buffered(context, next));

    private static async Task Buffered(HttpContext context, RequestDelegate next)
    {
        var body = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
            var response = context.Response;
            if (response.StatusCode is >= 200 and < 300 && response.Headers.ETag.Count == 0 && VersionOf(buffer) is { } version)
                response.WriteETag(version);
        }
        finally
        {
            context.Response.Body = body;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }

    private static long? VersionOf(MemoryStream buffer)
    {
        try
        {
            using var json = JsonDocument.Parse(buffer.ToArray());
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("version", out var version) && version.TryGetInt64(out var v) ? v : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
