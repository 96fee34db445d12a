using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Tests.Infrastructure;
using Marten;

namespace ConseilsCitoyens.Api.Tests.Audit;

/// <summary>The command lines that write events (import-qpv, demo, demo --national) record who ran them, in which role and which run, as a request does.</summary>
public class AttributingCommandLineWrites(ApiFixture fixture) : ApiTest(fixture)
{
    private sealed record Attribution(string? User, string? Role, string? Correlation, string? Command);

    private async Task<IReadOnlyList<Attribution>> EveryEventsAttribution()
    {
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        var rows = await session.QueryAsync<string>("""
            select json_build_object('user', user_name, 'role', headers->>'role', 'correlation', correlation_id, 'command', headers->>'command')::text
              from conseils.mt_events order by seq_id
            """);
        return rows.Select(row => System.Text.Json.JsonSerializer.Deserialize<Attribution>(row, WebJson)!).ToList();
    }

    private static string QpvFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"qpv-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "code_qp;nom_qp;insee_com\nQP999001;Quartier de démonstration Nord;75118\nQP999002;Quartier de démonstration Sud;75119\n");
        return file;
    }

    [Fact]
    public async Task Every_event_written_from_a_command_line_names_its_operator_role_run_and_command()
    {
        var import = await ApiProcess.Run("import-qpv", QpvFile(), "--generation", "qpv2015", "--valid-from", "2015-01-01", "--operator", "ops.alice");
        var national = await ApiProcess.Run("demo", "--national", "--councils", "2", "--no-rebuild");

        Assert.True(import.ExitCode == 0, import.Stdout + import.Stderr);
        Assert.True(national.ExitCode == 0, national.Stdout + national.Stderr);
        var events = await EveryEventsAttribution();
        Assert.All(events, e => Assert.Equal(CommandLineActor.Role, e.Role));
        var imported = events.Where(e => e.Command == "import-qpv").ToList();
        var loaded = events.Where(e => e.Command == "demo --national").ToList();
        Assert.Equal(events.Count, imported.Count + loaded.Count);
        Assert.Equal(2, imported.Count);
        Assert.All(imported, e => Assert.Equal("ops.alice", e.User));
        Assert.All(loaded, e => Assert.Equal(CommandLineActor.For("demo --national", null)!.Operator, e.User));
        // One correlation id a run, none shared between runs.
        Assert.Single(imported.Select(e => e.Correlation).Distinct());
        Assert.Single(loaded.Select(e => e.Correlation).Distinct());
        Assert.NotEqual(imported[0].Correlation, loaded[0].Correlation);
        Assert.All(events, e => Assert.NotNull(e.Correlation));
    }

    [Fact]
    public async Task An_operator_that_is_not_an_identifier_is_refused_before_anything_is_written()
    {
        var run = await ApiProcess.Run("import-qpv", QpvFile(), "--generation", "qpv2015", "--valid-from", "2015-01-01", "--operator", "alice@example.org");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--operator is an identifier", run.Stderr);
        Assert.Empty(await EveryEventsAttribution());
    }
}
