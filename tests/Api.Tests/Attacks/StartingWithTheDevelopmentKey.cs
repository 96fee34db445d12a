using System.Diagnostics;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>
/// The development signing key is in the repository: anyone could mint an administrator's token for
/// a deployment that kept it. Outside Development the API refuses to start with it, and
/// <c>dotnet publish</c> leaves the file that holds it out.
/// </summary>
public class StartingWithTheDevelopmentKey
{
    private const string DevelopmentKey = "development-only-signing-key-never-use-it-in-production-0001";

    [Fact]
    public async Task Production_refuses_to_start_with_it()
    {
        var run = await Run("dotnet", AppContext.BaseDirectory, Path.Combine(AppContext.BaseDirectory, "ConseilsCitoyens.Api.dll"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("development key", run.Stderr);
        Assert.Equal("", run.Stdout.Trim());
    }

    [Fact]
    public async Task Publishing_leaves_the_development_settings_out()
    {
        var output = Directory.CreateTempSubdirectory("publish-");
        try
        {
            var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Api/Api.csproj"));
            var run = await Run("dotnet", AppContext.BaseDirectory,
                "publish", project, "-c", "Release", "--no-build", "--nologo", "-v", "q", "-o", output.FullName);

            Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
            Assert.True(File.Exists(Path.Combine(output.FullName, "appsettings.json")));
            Assert.False(File.Exists(Path.Combine(output.FullName, "appsettings.Development.json")));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static async Task<Infrastructure.ProcessRun> Run(string program, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(program, args)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = directory,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Marten"] = Environment.GetEnvironmentVariable("ConnectionStrings__Marten"),
                ["Auth__SigningKey"] = DevelopmentKey,
                ["MSBUILDDISABLENODEREUSE"] = "1",
            },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            // An API that did start (the attack succeeding) must not outlive the test.
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        return new Infrastructure.ProcessRun(process.ExitCode, await stdout, await stderr);
    }
}
