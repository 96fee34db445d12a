using ConseilsCitoyens.Api.Tests.Infrastructure;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Audit;

/// <summary>A new seal key: the log no longer verifies with it until audit-reseal seals it again, on purpose.</summary>
public class ResealingWithANewKey(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly Dictionary<string, string?> NewKey = new() { ["Audit__SealKey"] = "a-new-seal-key-for-this-test-of-at-least-32-bytes" };

    [Fact]
    public async Task The_log_is_sealed_again_only_when_asked_and_then_verifies_with_the_new_key_alone()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post("/audit/seals", "");

        var before = await ApiProcess.Run(NewKey, "audit-verify");
        var unconfirmed = await ApiProcess.Run(NewKey, "audit-reseal");
        var resealed = await ApiProcess.Run(NewKey, "audit-reseal", "--confirm");
        var after = await ApiProcess.Run(NewKey, "audit-verify");

        Assert.Equal(1, before.ExitCode);
        Assert.Contains("differs from what was sealed", before.Stderr);
        Assert.Equal(1, unconfirmed.ExitCode);
        Assert.Contains("--confirm", unconfirmed.Stderr);
        Assert.True(resealed.ExitCode == 0, resealed.Stdout + resealed.Stderr);
        Assert.Contains("audit-reseal: 2 events sealed from the first one, 1 checkpoints; the log verifies", resealed.Stdout);
        Assert.True(after.ExitCode == 0, after.Stdout + after.Stderr);
        // The API still holds the old key: to it, the new seals are forgeries.
        Assert.False((await Get("/audit/verification")).Json.GetProperty("intact").GetBoolean());
    }
}
