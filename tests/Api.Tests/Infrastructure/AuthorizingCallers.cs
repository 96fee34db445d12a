using System.Net;
using System.Text.RegularExpressions;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>
/// Every endpoint × every role and anonymous: the expected 401 / 403 / allowed. The expectation is
/// this test's own table of route rules, not the API's policy code, so a wrong policy fails here.
/// </summary>
public class AuthorizingCallers(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] AllRoles = ["coordinator", "facilitator", "sponsor", "evaluator", "auditor", "administrator"];
    private static readonly string[] ProgrammeAdministrators = ["coordinator", "administrator"];
    private static readonly string[] CouncilWriters = ["coordinator", "facilitator", "administrator"];

    // Writes of programme administration (patterns with parameters written {}); any other write is council life.
    private static readonly Regex[] ProgrammeAdministration =
    [
        new("^/conventions"),
        new("^/team$"),
        new("^/team/{}/trainings$"),
        new("^/team/{}/assignments"),
        new("^/team/{}/departure$"),
        new("^/quartiers$"),
        new("^/quartiers/imports$"),
        new("^/partners"),
        new("^/councils$"),
        new("^/councils/{}/status$"),
        new("^/councils/{}/prefectoral-orders$"),
        new("^/councils/{}/parameters$"),
        new("^/councils/{}/hosting$"),
        new("^/councils/{}/quartiers$"),
    ];

    private static string[] AllowedRoles(EndpointCatalogue.Route route)
    {
        if (route.Pattern.StartsWith("/audit/", StringComparison.Ordinal))
            return route.Method == "GET" ? ["auditor", "administrator"] : ["administrator"];
        if (route.Pattern.StartsWith("/people/", StringComparison.Ordinal))
            return route.Method == "GET" || route.Pattern.EndsWith("/details", StringComparison.Ordinal) ? CouncilWriters : ["administrator"];
        if (route.Method == "GET")
            return AllRoles;
        var pattern = Regex.Replace(route.Pattern, "{[^}]*}", "{}");
        return ProgrammeAdministration.Any(rule => rule.IsMatch(pattern)) ? ProgrammeAdministrators : CouncilWriters;
    }

    [Fact]
    public async Task Every_endpoint_answers_each_role_and_anonymous_as_the_matrix_says()
    {
        var routes = EndpointCatalogue.Of(Fixture.Host.Services);
        var failures = new List<string>();
        var tried = 0;
        foreach (var route in routes)
        foreach (var role in AllRoles.Append(null))
        {
            var answer = await Send(new HttpMethod(route.Method), route.Sample(), route.Method == "GET" ? null : "{}", role: role);
            tried++;
            var expected = role is null ? "401" : AllowedRoles(route).Contains(role) ? "allowed" : "403";
            var actual = answer.Status switch
            {
                HttpStatusCode.Unauthorized => "401",
                HttpStatusCode.Forbidden => "403",
                _ => "allowed",
            };
            if (actual != expected)
                failures.Add($"{route} as {role ?? "anonymous"}: expected {expected}, got {(int)answer.Status}");
            else if (actual != "allowed" && answer.ContentType != "application/problem+json")
                failures.Add($"{route} as {role ?? "anonymous"}: {(int)answer.Status} is not a problem ({answer.ContentType})");
        }

        Console.WriteLine($"authorization matrix: {routes.Count} endpoints, {tried} requests, {failures.Count} wrong");
        Assert.True(routes.Count > 50, $"only {routes.Count} endpoints found");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Sponsors_evaluators_and_auditors_never_write()
    {
        var writes = EndpointCatalogue.Of(Fixture.Host.Services).Where(r => r.Method != "GET").ToArray();

        foreach (var role in new[] { "sponsor", "evaluator", "auditor" })
        foreach (var route in writes)
            Assert.Equal(HttpStatusCode.Forbidden, (await Send(HttpMethod.Post, route.Sample(), "{}", role: role)).Status);
    }

    [Fact]
    public async Task A_role_the_api_does_not_know_is_forbidden_even_to_read()
    {
        var answer = await Get("/team", role: "janitor");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/metrics")]
    [InlineData("/scalar/")]
    public async Task Probes_documentation_and_metrics_are_open_without_a_token(string url)
    {
        var answer = await Get(url, role: Anonymous);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }
}
