using System.Diagnostics;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>Without a reachable database the API says in one line what to run, instead of a stack trace.</summary>
public class StartingWithoutADatabase
{
    [Theory]
    [InlineData("", "no database is configured")]
    [InlineData("Host=127.0.0.1;Port=1;Database=none;Username=none", "PostgreSQL cannot be reached")]
    public async Task The_api_exits_with_one_line_saying_what_to_run(string connectionString, string reason)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ConseilsCitoyens.Api.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment = { ["ConnectionStrings__Marten"] = connectionString },
        };
        using var api = Process.Start(start)!;
        var stderr = api.StandardError.ReadToEndAsync();
        var stdout = api.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await api.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, api.ExitCode);
        var line = Assert.Single((await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(reason, line);
        Assert.Contains("build/run.sh", line);
        Assert.Equal("", (await stdout).Trim());
    }
}
