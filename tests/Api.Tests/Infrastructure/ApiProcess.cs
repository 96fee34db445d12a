using System.Diagnostics;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

public sealed record ProcessRun(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the built API's command line (demo, import-qpv) as a person would, on the tests' database.</summary>
public static class ApiProcess
{
    public static Task<ProcessRun> Run(params string[] args) => Run(new Dictionary<string, string?>(), args);

    /// <param name="environment">Variables set on top of the tests' (Development, their database, their cities); null removes one.</param>
    public static async Task<ProcessRun> Run(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ConseilsCitoyens.Api.dll"), .. args])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["ConnectionStrings__Marten"] = Environment.GetEnvironmentVariable("ConnectionStrings__Marten"),
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Tenancy__Cities"] = ApiFixture.ServedCities,
            },
        };
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
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
            // A command that hangs must not go on writing to (or sealing) the database under the next tests.
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        return new ProcessRun(process.ExitCode, await stdout, await stderr);
    }
}
