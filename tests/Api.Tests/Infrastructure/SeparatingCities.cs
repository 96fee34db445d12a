using System.Net;
using ConseilsCitoyens.Api.Tests.Reports;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>
/// Two cities in one deployment: Paris (tokens without a city claim, the default) and Lyon (a token
/// whose city claim is "lyon") use the same quartier code and council id and never see each other.
/// </summary>
public class SeparatingCities(ApiFixture fixture) : ReportTest(fixture)
{
    private const string Lyon = "lyon";

    private Task<Answer> InLyon(HttpMethod method, string url, object? body = null, string role = ApiFixture.DefaultRole) =>
        SendWith(method, url, body is null ? null : System.Text.Json.JsonSerializer.Serialize(body, Web), null, null,
            "Bearer " + Fixture.TokenFor(role, city: Lyon));

    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    private async Task GivenTheSameCouncilInBothCities()
    {
        Assert.Equal(HttpStatusCode.Created, (await Post("/quartiers", Quartier())).Status);
        Assert.Equal(HttpStatusCode.Created, (await Post("/councils", Council())).Status);
        Assert.Equal(HttpStatusCode.Created, (await InLyon(HttpMethod.Post, "/quartiers", Quartier(name: "Quartier lyonnais"))).Status);
        Assert.Equal(HttpStatusCode.Created, (await InLyon(HttpMethod.Post, "/councils", Council())).Status);
    }

    [Fact]
    public async Task The_same_quartier_code_and_council_id_exist_in_each_city_apart()
    {
        await GivenTheSameCouncilInBothCities();

        Assert.Equal("Quartier d'essai", (await Get("/quartiers/QP999001")).Json.GetProperty("name").GetString());
        Assert.Equal("Quartier lyonnais", (await InLyon(HttpMethod.Get, "/quartiers/QP999001")).Json.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, (await InLyon(HttpMethod.Get, $"/councils/{CouncilId}")).Status);
    }

    [Fact]
    public async Task A_council_of_one_city_is_not_found_in_the_other()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());

        Assert.Equal(HttpStatusCode.NotFound, (await InLyon(HttpMethod.Get, $"/councils/{CouncilId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await InLyon(HttpMethod.Get, "/quartiers/QP999001")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await InLyon(HttpMethod.Get, $"{CouncilReport}?year=2018")).Status);
        // Lyon cannot write into Paris's council either: for Lyon it does not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await InLyon(HttpMethod.Post, MembersOf(CouncilId), Resident())).Status);
    }

    [Fact]
    public async Task Writes_in_one_city_do_not_move_the_other_citys_versions_or_reports()
    {
        await GivenTheSameCouncilInBothCities();

        Assert.Equal(HttpStatusCode.OK, (await Post(MembersOf(CouncilId), Resident())).Status);

        Assert.Equal("\"2\"", (await Get($"/councils/{CouncilId}")).ETag);
        Assert.Equal("\"1\"", (await InLyon(HttpMethod.Get, $"/councils/{CouncilId}")).ETag);
        Assert.Equal(1m, Value(await Get($"{CouncilReport}?year=2017"), "members-residents"));
        Assert.Equal(0m, Value(await InLyon(HttpMethod.Get, $"{CouncilReport}?year=2017"), "members-residents"));
    }

    [Fact]
    public async Task A_view_as_known_at_an_instant_folds_its_own_citys_events_only()
    {
        await GivenTheSameCouncilInBothCities();
        await InLyon(HttpMethod.Post, MembersOf(CouncilId), Resident());
        var now = Uri.EscapeDataString((await Get("/vacancies")).Json.GetProperty("knownAt").GetString()!);

        Assert.Equal(0m, Value(await Get($"{CouncilReport}?year=2017&asKnownAt={now}"), "members-residents"));
        Assert.Equal(1m, Value(await InLyon(HttpMethod.Get, $"{CouncilReport}?year=2017&asKnownAt={now}"), "members-residents"));
    }

    [Fact]
    public async Task People_and_their_events_are_read_in_their_own_city_only()
    {
        await GivenTheSameCouncilInBothCities();
        await Post(MembersOf(CouncilId), Resident());

        Assert.Equal(HttpStatusCode.OK, (await Get($"/people/{MemberId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await InLyon(HttpMethod.Get, $"/people/{MemberId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await InLyon(HttpMethod.Get, $"/people/{MemberId}/export")).Status);
    }

    [Fact]
    public async Task A_quartiers_replay_holds_its_own_citys_events_only()
    {
        await GivenTheSameCouncilInBothCities();
        await InLyon(HttpMethod.Post, MembersOf(CouncilId), Resident());

        string[] Types(Answer replay) => replay.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("type").GetString()!).ToArray();
        Assert.Equal(["quartier_registered", "council_created"], Types(await Get("/quartiers/QP999001/replay")));
        Assert.Equal(["quartier_registered", "council_created", "member_joined"],
            Types(await InLyon(HttpMethod.Get, "/quartiers/QP999001/replay")));
    }

    [Fact]
    public async Task The_audit_log_shows_a_city_its_own_events_and_one_chain_seals_both()
    {
        await GivenTheSameCouncilInBothCities();
        await InLyon(HttpMethod.Post, MembersOf(CouncilId), Resident());

        var paris = (await Get("/audit/events")).Json.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToArray();
        var lyon = (await InLyon(HttpMethod.Get, "/audit/events")).Json.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToArray();
        Assert.DoesNotContain("member_joined", paris);
        Assert.Contains("member_joined", lyon);
        Assert.Equal(2, paris.Length);
        Assert.Equal(3, lyon.Length);

        // The same stream id in two cities is two chains, both sealed and verified.
        Assert.Equal(5, (await Post("/audit/seals", "")).Json.GetProperty("sealed").GetInt32());
        var verification = (await Get("/audit/verification")).Json;
        Assert.True(verification.GetProperty("intact").GetBoolean());
        Assert.Equal(5, verification.GetProperty("eventsChecked").GetInt64());
    }

    [Fact]
    public async Task A_token_naming_a_city_the_deployment_does_not_serve_is_refused_and_writes_nothing()
    {
        var typo = "Bearer " + Fixture.TokenFor(ApiFixture.DefaultRole, city: "lyonn");
        var before = await EventCount();

        var write = await SendWith(HttpMethod.Post, "/quartiers", System.Text.Json.JsonSerializer.Serialize(Quartier(), Web), null, null, typo);
        var read = await SendWith(HttpMethod.Get, "/quartiers/QP999001", null, null, null, typo);

        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        Assert.Equal("city.not-served", write.ProblemCode);
        Assert.Contains("'lyonn'", write.Json.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, read.Status);
        Assert.Equal(before, await EventCount());
    }

    [Fact]
    public async Task A_command_line_naming_a_city_the_deployment_does_not_serve_stops_with_the_reason()
    {
        var run = await ApiProcess.Run("export", "--to", Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}"), "--tenant", "lyonn");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("export: this deployment does not serve the city 'lyonn'; it serves paris, lyon", run.Stderr);
    }

    private async Task<long> EventCount()
    {
        return (await Fixture.Store.Advanced.FetchEventStoreStatistics()).EventCount;
    }
}
