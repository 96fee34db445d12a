using Microsoft.AspNetCore.Http.Features;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Request bodies are small JSON commands: 1 MB at most, except the QPV list import (10 MB).
/// A declared length over the limit is refused at once with 413; a body without a declared length
/// is cut off by the server's own limit.
/// </summary>
internal static class BodyLimits
{
    public const long Default = 1024 * 1024;
    public const long Import = 10 * 1024 * 1024;

    public static long For(PathString path) => path.StartsWithSegments("/quartiers/imports") ? Import : Default;

    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var limit = For(context.Request.Path);
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
            server.MaxRequestBodySize = limit;
        return next(context);
    });
}
