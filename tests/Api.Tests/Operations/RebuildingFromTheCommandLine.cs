using ConseilsCitoyens.Api.Tests.Infrastructure;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Operations;

/// <summary>The rebuild command line, run as a process on the tests' database.</summary>
public class RebuildingFromTheCommandLine(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_command_rebuilds_every_projection_with_progress_and_a_summary()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());

        // An operator stops the API before a rebuild: the host's own daemon would race it on the
        // asynchronous projection's progress row.
        var daemons = Fixture.Host.Services.GetRequiredService<IProjectionCoordinator>();
        await daemons.PauseAsync();
        ProcessRun run;
        try
        {
            run = await ApiProcess.Run("rebuild");
        }
        finally
        {
            await daemons.ResumeAsync();
        }

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Matches(@"\[1/1\] \d+ projections in one pass: 2/2 events", run.Stdout);
        Assert.Matches(@"rebuild: \d+ projection\(s\) rebuilt in one pass over 2 events in [\d.,]+ s \(\d+ log events/s\)", run.Stdout);
        Assert.Equal(200, (int)(await Get($"/councils/{CouncilId}")).Status);
    }

    [Fact]
    public async Task The_command_explains_itself_and_refuses_an_unknown_projection()
    {
        var help = await ApiProcess.Run("rebuild", "--help");
        var unknown = await ApiProcess.Run("rebuild", "--projection", "Nothing");

        Assert.True(help.ExitCode == 0, help.Stdout + help.Stderr);
        Assert.Contains("--projection", help.Stdout);
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("no projection named 'Nothing'", unknown.Stderr);
    }
}
