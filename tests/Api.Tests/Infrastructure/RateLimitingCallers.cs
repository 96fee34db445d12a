using System.Net;
using Alba;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>A host of its own with a tiny limit: beyond it, 429 with Retry-After, per caller.</summary>
// In the API collection so that the two hosts never create the schema at the same time.
[Collection(ApiCollection.Name)]
public sealed class RateLimitingCallers : IAsyncLifetime
{
    private IAlbaHost _host = null!;

    public async Task InitializeAsync() => _host = await SideHosts.Start(("RateLimiting:PermitPerMinute", "2"));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<IScenarioResult> Read(string subject) => await _host.Scenario(s =>
    {
        s.Get.Url("/team");
        s.WithRequestHeader("Authorization", "Bearer " +
            TestTokens.Mint(_host.Services.GetRequiredService<IConfiguration>(), "sponsor", subject));
        s.IgnoreStatusCode();
    });

    [Fact]
    public async Task A_caller_over_the_limit_is_told_to_retry_later_and_others_are_not_affected()
    {
        await Read("busy");
        await Read("busy");
        var third = await Read("busy");
        var other = await Read("quiet");

        Assert.Equal(429, third.Context.Response.StatusCode);
        Assert.True(int.Parse(third.Context.Response.Headers.RetryAfter.ToString()) is > 0 and <= 60);
        Assert.Equal("application/problem+json", third.Context.Response.ContentType);
        Assert.NotEqual(429, other.Context.Response.StatusCode);
    }
}
