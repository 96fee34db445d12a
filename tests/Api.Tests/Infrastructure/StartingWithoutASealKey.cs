namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>Outside Development the audit seal key is configured or the API refuses to start; the development key is public and refused there.</summary>
public class StartingWithoutASealKey
{
    [Theory]
    [InlineData(null, "no audit seal key is configured")]
    [InlineData("too-short", "the audit seal key is too short")]
    [InlineData("development-only-seal-key-never-use-it-in-production-0001", "the development audit seal key is public")]
    public async Task The_api_exits_with_one_line_naming_the_setting(string? key, string reason)
    {
        var run = await ApiProcess.Run(new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Auth__SigningKey"] = "a-production-signing-key-of-at-least-32-bytes-0001",
            ["Audit__SealKey"] = key,
        });

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(reason, line);
        Assert.Contains("Audit__SealKey", line);
        Assert.Equal("", run.Stdout.Trim());
    }
}
