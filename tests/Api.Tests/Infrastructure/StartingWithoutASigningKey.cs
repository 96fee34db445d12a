using System.Diagnostics;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>Outside Development there is no signing key unless one is configured: the API refuses to start.</summary>
public class StartingWithoutASigningKey
{
    [Theory]
    [InlineData(null, "no token signing key is configured")]
    [InlineData("too-short", "the token signing key is too short")]
    public async Task The_api_exits_with_one_line_naming_the_setting(string? key, string reason)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ConseilsCitoyens.Api.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ConnectionStrings__Marten"] = Environment.GetEnvironmentVariable("ConnectionStrings__Marten"),
                ["Auth__SigningKey"] = key,
            },
        };
        using var api = Process.Start(start)!;
        var stderr = api.StandardError.ReadToEndAsync();
        var stdout = api.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await api.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, api.ExitCode);
        var line = Assert.Single((await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(reason, line);
        Assert.Contains("Auth__SigningKey", line);
        Assert.Equal("", (await stdout).Trim());
    }
}
