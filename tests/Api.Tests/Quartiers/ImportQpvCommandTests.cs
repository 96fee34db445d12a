using ConseilsCitoyens.Api.Tests.Infrastructure;
using ConseilsCitoyens.Domain.Quartiers;
using Marten;

namespace ConseilsCitoyens.Api.Tests.Quartiers;

/// <summary>The import-qpv command line, run as a process on the tests' database.</summary>
public class ImportQpvCommandTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task An_official_list_is_imported_from_the_command_line()
    {
        var file = Write("code_qp;nom_qp;insee_com\nQP999001;Quartier de démonstration Nord;75118\nQP999002;Quartier de démonstration Sud;75119\n");

        var run = await ApiProcess.Run("import-qpv", file, "--generation", "qpv2015", "--valid-from", "2015-01-01");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("2 added, 0 renamed, 0 ended, 0 unchanged", run.Stdout);
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        var quartiers = await session.Query<Quartier>().OrderBy(q => q.Code).ToListAsync();
        Assert.Equal(["QP999001", "QP999002"], quartiers.Select(q => q.Code));
        Assert.Equal(new NodaTime.LocalDate(2015, 1, 1), quartiers[0].ValidFrom);
    }

    [Fact]
    public async Task A_list_is_imported_for_the_city_named_by_tenant_and_only_for_it()
    {
        var file = Write("code_qp;nom_qp;insee_com\nQP999001;Quartier de démonstration Nord;69381\n");

        var run = await ApiProcess.Run("import-qpv", file, "--generation", "qpv2015", "--valid-from", "2015-01-01", "--tenant", "lyon");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        await using (var lyon = Fixture.Store.QuerySession("lyon"))
            Assert.Equal("QP999001", Assert.Single(await lyon.Query<Quartier>().ToListAsync()).Code);
        await using var paris = Fixture.Store.QuerySession(ApiFixture.City);
        Assert.Empty(await paris.Query<Quartier>().ToListAsync());
    }

    [Fact]
    public async Task Other_column_names_are_given_on_the_command_line()
    {
        var file = Write("code,libelle,commune\nQN999003,Quartier de démonstration Est,75120\n");

        var run = await ApiProcess.Run("import-qpv", file, "--generation", "qpv2024", "--valid-from", "2024-01-01",
            "--code-column", "code", "--name-column", "libelle", "--arrondissement-column", "commune");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        Assert.Equal("QN999003", Assert.Single(await session.Query<Quartier>().ToListAsync()).Code);
    }

    [Fact]
    public async Task A_list_with_bad_lines_is_refused_with_their_line_numbers_and_nothing_is_imported()
    {
        var file = Write("code_qp;nom_qp;insee_com\nQP999001;Quartier de démonstration;75118\nXX1;Mauvais code;75118\nQP999001;Doublon;75118\n");

        var run = await ApiProcess.Run("import-qpv", file, "--generation", "qpv2015", "--valid-from", "2015-01-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 3", run.Stderr);
        Assert.Contains("line 4", run.Stderr);
        Assert.Contains("2 line(s) in error", run.Stderr);
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        Assert.Equal(0, await session.Query<Quartier>().CountAsync());
    }

    [Fact]
    public async Task An_unknown_generation_is_refused_before_reading_the_file()
    {
        var run = await ApiProcess.Run("import-qpv", Write("code_qp;nom_qp;insee_com\n"), "--generation", "qpv2030", "--valid-from", "2015-01-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--generation is qpv2015 or qpv2024", run.Stderr);
    }

    private static string Write(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"qpv-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);
        return path;
    }
}
