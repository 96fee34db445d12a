using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Who may call what, decided here from the route and the method alone, so that a new endpoint
/// gets a policy without anyone remembering: reads are open to every role, programme
/// administration to the coordinator and administrators, personal details (reading, correcting) to those who work with
/// people (erasing them to administrators), every other write (a council's life) to the
/// coordinator, administrators and facilitators. Anything not matched here requires an authenticated caller.
/// </summary>
internal static partial class Authorization
{
    public const string Read = "read";
    public const string ProgrammeAdministration = "programme-administration";
    public const string CouncilLife = "council-life";
    public const string AuditLog = "audit-log";
    public const string Operations = "operations";
    public const string PersonalData = "personal-data";

    // Route patterns with their parameters written {} (e.g. /team/{}/trainings).
    private static readonly Regex[] ProgrammeAdministrationRoutes =
    [
        AnyUnder("conventions"),
        new("^/team$"),
        new(@"^/team/\{\}/(trainings|assignments|departure)(/|$)"),
        // A quartier's diagnostic is the council's work, not reference data.
        new(@"^/quartiers(?!/\{\}/diagnostic)(/|$)"),
        AnyUnder("partners"),
        new("^/councils$"),
        new(@"^/councils/\{\}/(status|prefectoral-orders|parameters|hosting|quartiers)(/|$)"),
    ];

    public static void AddConseilsAuthorization(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Read, policy => policy.RequireRole(Roles.All))
            .AddPolicy(ProgrammeAdministration, policy => policy.RequireRole(Roles.Coordinator, Roles.Administrator))
            .AddPolicy(CouncilLife, policy => policy.RequireRole(Roles.Coordinator, Roles.Facilitator, Roles.Administrator))
            .AddPolicy(AuditLog, policy => policy.RequireRole(Roles.Auditor, Roles.Administrator))
            .AddPolicy(Operations, policy => policy.RequireRole(Roles.Administrator))
            .AddPolicy(PersonalData, policy => policy.RequireRole(Roles.Coordinator, Roles.Facilitator, Roles.Administrator));

    public static string PolicyFor(IEnumerable<string> methods, string route)
    {
        var reads = methods.All(method => method is "GET" or "HEAD");
        // The event log is the auditors' (reading) and the administrators' (operations).
        if (AnyUnder("audit").IsMatch("/" + route.TrimStart('/')))
            return reads ? AuditLog : Operations;
        // Names and contacts are for those who work with the people (correcting them too); erasing them is an operation.
        if (AnyUnder("people").IsMatch("/" + route.TrimStart('/')))
            return reads || CorrectingDetails().IsMatch(route) ? PersonalData : Operations;
        if (reads)
            return Read;
        var pattern = "/" + Parameter().Replace(route, "{}").TrimStart('/');
        return ProgrammeAdministrationRoutes.Any(rule => rule.IsMatch(pattern)) ? ProgrammeAdministration : CouncilLife;
    }

    public static void RequirePolicyByConvention(HttpChain chain) =>
        chain.Metadata.RequireAuthorization(PolicyFor(chain.HttpMethods, chain.RoutePattern?.RawText ?? ""));

    private static Regex AnyUnder(string segment) => new($"^/{segment}(/|$)");

    [GeneratedRegex("{[^}]*}")]
    private static partial Regex Parameter();

    [GeneratedRegex("^/?people/{[^}]*}/details$")]
    private static partial Regex CorrectingDetails();
}
