using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>
/// The API's own endpoint list, read from the running host: tests that must cover every endpoint
/// iterate it, so a new endpoint cannot escape them.
/// </summary>
public static class EndpointCatalogue
{
    public sealed record Route(string Method, string Pattern)
    {
        public override string ToString() => $"{Method} {Pattern}";

        /// <summary>The pattern with each parameter filled: ids get a fresh Guid (or <paramref name="id"/>), codes a fictional QPV code.</summary>
        public string Sample(Guid? id = null) => System.Text.RegularExpressions.Regex.Replace(Pattern, "{([^}:]+)[^}]*}",
            m => m.Groups[1].Value.Contains("code", StringComparison.OrdinalIgnoreCase) ? "QP999001"
                : m.Groups[1].Value.Contains("year", StringComparison.OrdinalIgnoreCase) ? "1"
                : m.Groups[1].Value.Contains("indicator", StringComparison.OrdinalIgnoreCase) ? "attendance-rate"
                : m.Groups[1].Value is "n" ? "1"
                : (id ?? Guid.NewGuid()).ToString());
    }

    private static readonly string[] Infrastructure = ["/openapi", "/scalar", "/health", "/{"];

    public static IReadOnlyList<Route> Of(IServiceProvider services) => services.GetServices<EndpointDataSource>()
        .SelectMany(source => source.Endpoints)
        .OfType<RouteEndpoint>()
        .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
            .Select(method => new Route(method, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
        .Where(r => r.Pattern != "/" && !Infrastructure.Any(prefix => r.Pattern.StartsWith(prefix, StringComparison.Ordinal)))
        .Distinct()
        .OrderBy(r => r.Pattern).ThenBy(r => r.Method)
        .ToArray();
}
