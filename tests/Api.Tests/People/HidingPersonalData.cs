using System.Text.RegularExpressions;
using ConseilsCitoyens.Api.Tests.Infrastructure;
using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.Team.TeamScenarios;

namespace ConseilsCitoyens.Api.Tests.People;

/// <summary>
/// Every read of the catalogue × every role: a seeded member's and team member's names and contacts
/// appear only in answers to the roles that work with people.
/// </summary>
public class HidingPersonalData(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] AllRoles = ["coordinator", "facilitator", "sponsor", "evaluator", "auditor", "administrator"];
    private static readonly string[] MaySeePeople = ["coordinator", "facilitator", "administrator"];
    private static readonly string[] Personal =
        ["Camille", "Fictive", "camille@example.org", "Dominique", "dominique@example.org", "01 00 00 00 00", "birthYear"];
    private static readonly string[] Queries = ["", "?year=2018", "?on=2018-06-30", "?from=2017-01-01&to=2018-12-31"];

    [Fact]
    public async Task No_read_shows_names_or_contacts_to_a_role_that_does_not_work_with_people()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post(MembersOf(CouncilId), Resident());
        await GivenTheFacilitator();
        await Post($"{TeamMember()}/assignments", Assignment(CouncilId));

        var leaks = new List<string>();
        var seenByAllowed = 0;
        foreach (var route in EndpointCatalogue.Of(Fixture.Host.Services).Where(r => r.Method == "GET"))
        foreach (var query in Queries)
        foreach (var role in AllRoles)
        {
            var answer = await Get(Url(route.Pattern) + query, role);
            var shown = Personal.Where(answer.Body.Contains).ToArray();
            if (shown.Length == 0)
                continue;
            if (MaySeePeople.Contains(role)) seenByAllowed++;
            else leaks.Add($"{route}{query} as {role}: {string.Join(", ", shown)}");
        }

        Assert.True(seenByAllowed > 0, "the seeded names were never read back: the test proves nothing");
        Assert.Empty(leaks);
    }

    // The seeded council, member and team member where the route names one, else a sample.
    private static string Url(string pattern) => Regex.Replace(pattern, "{([^}:]+)[^}]*}", m => m.Groups[1].Value switch
    {
        var p when p.Contains("code", StringComparison.OrdinalIgnoreCase) => "QP999001",
        _ when pattern.StartsWith("/people/") => MemberId.ToString(),
        _ when pattern.StartsWith("/team/") => FacilitatorId.ToString(),
        _ when pattern.StartsWith("/councils/") => CouncilId.ToString(),
        _ => new EndpointCatalogue.Route("GET", m.Value).Sample(),
    });
}
