using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ConseilsCitoyens.Api.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static ConseilsCitoyens.Api.Tests.Infrastructure.HeldTables;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>
/// A host of its own computing one whole-programme view at a time, with no queue: while the
/// dashboard is held (the immersions, which only whole-programme views read, are locked), another
/// whole-programme view is refused, a council's report is not.
/// </summary>
public sealed class BoundingWholeProgrammeViews(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_second_whole_programme_view_is_refused_while_one_is_computed_and_a_councils_report_is_not()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await using var host = await SideHosts.Start(
            (WholeProgrammeViews.MaxConcurrentSetting, "1"), (WholeProgrammeViews.QueueLimitSetting, "0"));
        using var client = host.Server.CreateClient();
        // A view that is not bound would wait on the lock: the test fails rather than hangs.
        client.Timeout = TimeSpan.FromSeconds(30);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.Mint(host.Services.GetRequiredService<IConfiguration>(), "sponsor", "test-sponsor"));

        Task<HttpResponseMessage> first;
        await using (var lockedImmersions = await Lock(ImmersionTable))
        {
            first = client.GetAsync("/tableau-de-bord?year=2018");
            await Waiting(ImmersionTable, null, 1);

            using var second = await client.GetAsync("/report?year=2018");
            using var council = await client.GetAsync($"/councils/{CouncilId}/report?year=2018");
            using var narrowed = await client.GetAsync($"/evaluation?councilId={CouncilId}");
            using var anonymous = await host.Server.CreateClient().GetAsync("/report?year=2018");

            Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
            Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
            Assert.Equal("busy", JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
            Assert.True(second.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 and <= 60 }, $"Retry-After: {second.Headers.RetryAfter}");
            Assert.Equal(HttpStatusCode.OK, council.StatusCode);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, narrowed.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
            Assert.False(first.IsCompleted);
        }
        // Its whole answer read: the view has left the limiter, which gives its place back before the answer ends.
        using (var answer = await first)
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains("Conseil", await answer.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
        using var next = await client.GetAsync("/report?year=2018");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    private const string ImmersionTable = "mt_doc_immersion";
}
