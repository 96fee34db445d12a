using ConseilsCitoyens.Domain.Team;
using JasperFx.CommandLine;
using Marten;

namespace ConseilsCitoyens.Api.Infrastructure;

public sealed class DevTokensInput : CityInput;

/// <summary>Prints one long-lived token per role for local use (build/run.sh calls it). Development only.</summary>
[Description("Prints a bearer token for each role, signed with the development key (Development only)", Name = "dev-tokens")]
public sealed class DevTokensCommand : JasperFxAsyncCommand<DevTokensInput>
{
    public override async Task<bool> Execute(DevTokensInput input)
    {
        using var host = input.BuildHost();
        if (!input.NamesAServedCity(host.Services, "dev-tokens"))
            return false;
        var environment = host.Services.GetRequiredService<IHostEnvironment>();
        if (!environment.IsDevelopment())
        {
            Console.Error.WriteLine($"ConseilsCitoyens: dev-tokens only runs in Development (this is {environment.EnvironmentName}).");
            return false;
        }
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        if (Authentication.FindProblem(configuration, isDevelopment: true) is { } problem)
        {
            Console.Error.WriteLine($"ConseilsCitoyens: {problem}");
            return false;
        }

        var expires = DateTime.UtcNow.AddDays(365);
        var facilitator = await AnAssignedFacilitator(host.Services.GetRequiredService<IDocumentStore>(), input.TenantFlag);
        Console.WriteLine($"Bearer tokens for {input.TenantFlag} (development key, valid until {expires:yyyy-MM-dd}):");
        foreach (var role in Roles.All)
        {
            // A facilitator's subject is their team member id: it decides which councils they may write for.
            var subject = role == Roles.Facilitator && facilitator is not null ? facilitator.Id.ToString() : $"dev-{role}";
            Console.WriteLine($"  {role,-14} {Authentication.Mint(configuration, subject, role, expires, input.TenantFlag)}");
        }
        if (facilitator is not null)
            Console.WriteLine($"  (the facilitator is team member {facilitator.Id}, assigned to {string.Join(", ", facilitator.Assignments.Select(a => $"council {a.CouncilId} from {a.From:yyyy-MM-dd}{(a.Until is { } until ? $" until {until:yyyy-MM-dd}" : "")}"))})");
        else
            Console.WriteLine("  (no team member with an assignment yet: the facilitator token can read but writes nothing)");
        return true;
    }

    // The demo's first facilitator who covers a council; none when the store is empty or unreachable.
    private static async Task<TeamMember?> AnAssignedFacilitator(IDocumentStore store, string city)
    {
        try
        {
            await using var session = store.QuerySession(city);
            // Filtered here, not in SQL: Marten compares an enum with its declared name (Facilitator),
            // while documents hold the API's spelling (facilitator). The team is a handful of people.
            return (await session.Query<TeamMember>().ToListAsync())
                .Where(f => f.Role == TeamRole.Facilitator)
                .OrderBy(f => f.Id).FirstOrDefault(f => f.Assignments.Length > 0);
        }
        catch (Exception e)
        {
            // Tokens are still useful without the facilitator's id: say why it is missing, then go on.
            Console.Error.WriteLine($"dev-tokens: no assigned facilitator found ({e.GetType().Name}: {e.Message})");
            return null;
        }
    }
}
