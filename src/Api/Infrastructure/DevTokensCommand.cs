using JasperFx.CommandLine;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>Prints one long-lived token per role for local use (build/run.sh calls it). Development only.</summary>
[Description("Prints a bearer token for each role, signed with the development key (Development only)", Name = "dev-tokens")]
public sealed class DevTokensCommand : JasperFxCommand<NetCoreInput>
{
    public override bool Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        var environment = host.Services.GetRequiredService<IHostEnvironment>();
        if (!environment.IsDevelopment())
        {
            Console.Error.WriteLine($"ConseilsCitoyens: dev-tokens only runs in Development (this is {environment.EnvironmentName}).");
            return false;
        }
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        if (Authentication.FindProblem(configuration) is { } problem)
        {
            Console.Error.WriteLine($"ConseilsCitoyens: {problem}");
            return false;
        }

        var expires = DateTime.UtcNow.AddDays(365);
        Console.WriteLine($"Bearer tokens (development key, valid until {expires:yyyy-MM-dd}):");
        foreach (var role in Roles.All)
            Console.WriteLine($"  {role,-14} {Authentication.Mint(configuration, $"dev-{role}", role, expires)}");
        return true;
    }
}
