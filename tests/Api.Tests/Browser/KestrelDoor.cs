using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConseilsCitoyens.Api.Tests.Browser;

/// <summary>
/// A real TCP port (Kestrel, loopback) in front of the tests' API host, which Alba serves in memory:
/// a browser needs a socket. Every request goes through the API's whole pipeline (authentication,
/// headers, endpoint) with the fixture's clock and database; only the transport is forwarded.
/// </summary>
public sealed class KestrelDoor : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
        { "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Host" };

    private readonly WebApplication _app;

    private KestrelDoor(WebApplication app) => _app = app;

    public string Address => _app.Urls.First();

    public static async Task<KestrelDoor> Open(HttpClient api)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(async context =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path + context.Request.QueryString);
            foreach (var (name, values) in context.Request.Headers.Where(h => !HopByHop.Contains(h.Key)))
                request.Headers.TryAddWithoutValidation(name, values.ToArray());
            using var response = await api.SendAsync(request, context.RequestAborted);
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).Where(h => !HopByHop.Contains(h.Key)))
                context.Response.Headers[name] = values.ToArray();
            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        });
        await app.StartAsync();
        return new KestrelDoor(app);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
