using ConseilsCitoyens.Api.Tests.Infrastructure;
using ConseilsCitoyens.Projections.Maintenance;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Audit;

/// <summary>The audit-verify command line, run as a process on the tests' database.</summary>
public class VerifyingFromTheCommandLine(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_command_seals_verifies_and_fails_once_an_event_is_altered()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());

        var intact = await ApiProcess.Run("audit-verify", "--seal");

        Assert.True(intact.ExitCode == 0, intact.Stdout + intact.Stderr);
        Assert.Contains("2 events sealed", intact.Stdout);
        Assert.Contains("audit-verify: intact, 2 events", intact.Stdout);

        await EventLogMaintenance.RunAsync(Fixture.Store,
            "update conseils.mt_events set data = jsonb_set(data, '{name}', '\"Conseil falsifié\"') where type = 'council_created'");
        var broken = await ApiProcess.Run("audit-verify");

        Assert.Equal(1, broken.ExitCode);
        Assert.Contains($"stream {CouncilId}", broken.Stderr);
    }
}
