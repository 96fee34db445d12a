using System.Net;
using System.Net.Http.Json;
using ConseilsCitoyens.Api.Audit;
using Microsoft.Extensions.DependencyInjection;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Audit;

/// <summary>The log as the sealer leaves it; what an attacker does to it is in Attacks/AuditChain*.</summary>
public class VerifyingTheLog(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task GivenASealedLog()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post(MembersOf(CouncilId), Resident());
        Assert.Equal(3, (await Post("/audit/seals", "")).Json.GetProperty("sealed").GetInt32());
    }

    [Fact]
    public async Task An_untouched_log_verifies_and_new_events_wait_for_the_sealer()
    {
        await GivenASealedLog();
        await Post($"/councils/{CouncilId}/hosting", new { kind = "hostStructure", hostName = "Centre social", on = "2017-05-01" });

        var verification = (await Get("/audit/verification")).Json;

        Assert.True(verification.GetProperty("intact").GetBoolean());
        Assert.Equal(3, verification.GetProperty("eventsChecked").GetInt64());
        Assert.Equal(1, verification.GetProperty("pending").GetInt64());
        Assert.Equal(3, verification.GetProperty("sealedUpTo").GetInt64());
        Assert.Equal(HttpStatusCode.OK, (await Post("/audit/seals", "")).Status);
        Assert.Equal(4, (await Get("/audit/verification")).Json.GetProperty("eventsChecked").GetInt64());
    }

    [Fact]
    public async Task Sealing_while_writers_commit_out_of_order_leaves_no_event_behind_the_mark()
    {
        var sealer = Fixture.Host.Services.GetRequiredService<AuditSealer>();
        using var writing = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 6).Select(writer => Task.Run(async () =>
        {
            using var client = Fixture.Client();
            for (var i = 0; i < 15; i++)
                using (var answer = await client.PostAsJsonAsync("/quartiers", Quartier($"QP999{writer}{i:d2}", $"Quartier {writer}-{i}")))
                    answer.EnsureSuccessStatusCode();
        })).ToArray();
        var passes = 0;
        while (!writers.All(w => w.IsCompleted))
        {
            await sealer.SealAsync(CancellationToken.None);
            passes++;
        }
        await Task.WhenAll(writers);
        await sealer.SealAsync(CancellationToken.None);

        var verification = (await Get("/audit/verification")).Json;
        Assert.True(verification.GetProperty("intact").GetBoolean(), verification.ToString());
        Assert.Equal(90, verification.GetProperty("eventsChecked").GetInt64());
        Assert.Equal(0, verification.GetProperty("pending").GetInt64());
        Assert.True(passes > 1);
    }
}
