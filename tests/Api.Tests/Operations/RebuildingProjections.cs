using ConseilsCitoyens.Api.Demo;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Operations;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Quartiers;
using ConseilsCitoyens.Domain.Team;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NodaTime;
using NodaTime.Testing;

namespace ConseilsCitoyens.Api.Tests.Operations;

/// <summary>A rebuild of every projection from the log, in one pass, gives back exactly the views read before it.</summary>
public class RebuildingProjections(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Every_view_and_every_projected_document_is_the_same_after_a_rebuild_in_one_pass()
    {
        // The whole programme, generated as of a day after it ended (the API's clock stays in 2018).
        await DemoLoader.Load(Fixture.Store, ApiFixture.City, CommandLineActor.For("demo", "tests")!, Fixture.Host.Services.GetRequiredService<WorkingCalendar>(),
            new FakeClock(Instant.FromUtc(2026, 1, 5, 10, 0)), 7, (_, _) => { }, CancellationToken.None);
        // The asynchronous projection must have caught up, or "before" would miss its last counts.
        await Fixture.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var before = await CaptureEverything();

        var progress = new List<RebuildProgress>();
        var summary = await ProjectionRebuild.RunAsync(Fixture.Store, Fixture.ConnectionString, ProjectionRebuild.Names(Fixture.Store), progress.Add, CancellationToken.None);
        var after = await CaptureEverything();

        Assert.Equal(ProjectionRebuild.Names(Fixture.Store).Count, summary.Projections);
        Assert.True(summary.Events > 1_000, summary.ToString());
        Assert.Contains(progress, p => p.Sequence == p.HighWater && p.Count == 1);
        // One composite read the log: its progression row reached the end of the log with its members'.
        var passes = await Progression();
        Assert.Equal(progress[^1].HighWater, passes[Projections.Views.OnePass + ":All"]);
        Assert.All(ProjectionRebuild.Names(Fixture.Store), name => Assert.Equal(progress[^1].HighWater, passes[name + ":All"]));
        // Of those rows, only the asynchronous projection's is a lag the metric and readiness report.
        var lags = await Fixture.Host.Services.GetRequiredService<ProjectionLag>().SampleAsync(CancellationToken.None);
        Assert.Equal(["EventTypeCount:All"], lags.Keys.Order());
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, view => Assert.True(view.Value == after[view.Key], $"{view.Key} differs after the rebuild"));
    }

    private async Task<Dictionary<string, string>> CaptureEverything()
    {
        var views = new Dictionary<string, string>();
        async Task Read(string url)
        {
            var answer = await Get(url);
            Assert.True(answer.Status == System.Net.HttpStatusCode.OK, $"{url}: {answer.Status} {answer.Body}");
            // Which instant of the log a view reflects moves with the clock; its figures must not.
            views[url] = Reports.KnownAtText.Erased(answer.Body);
        }

        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        var councils = (await session.Query<Council>().ToListAsync()).Select(c => c.Id).Order().ToArray();
        var arrondissements = (await session.Query<Quartier>().ToListAsync()).Select(q => q.ArrondissementCode).Distinct().Order();
        var facilitators = (await session.Query<TeamMember>().ToListAsync()).Select(f => f.Id).Order();
        Assert.NotEmpty(councils);

        foreach (var year in new[] { "2017", "2018" })
        {
            await Read($"/report?year={year}");
            await Read($"/report.csv?year={year}");
            foreach (var a in arrondissements)
                await Read($"/report?year={year}&arrondissement={a}");
            foreach (var id in councils)
                await Read($"/councils/{id}/report?year={year}&open=true");
        }
        foreach (var id in councils)
        {
            await Read($"/councils/{id}");
            await Read($"/councils/{id}?asOf=2017-12-31");
            await Read($"/councils/{id}/roadmaps");
            await Read($"/councils/{id}/meetings");
            await Read($"/councils/{id}/report.csv?quarter=2018-Q2&asOf=2018-05-15");
        }
        foreach (var id in facilitators)
            await Read($"/team/{id}/roadmaps");
        foreach (var document in await ProjectedDocuments())
            views[document.Key] = document.Value;
        return views;
    }

    private static async Task<Dictionary<string, long>> Progression()
    {
        var rows = new Dictionary<string, long>();
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("select name, last_seq_id from conseils.mt_event_progression", connection);
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows[reader.GetString(0)] = reader.GetInt64(1);
        return rows;
    }

    /// <summary>Every document of every table, as the JSON PostgreSQL holds.</summary>
    private static async Task<Dictionary<string, string>> ProjectedDocuments()
    {
        var documents = new Dictionary<string, string>();
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
                         "select table_schema || '.' || table_name from information_schema.tables where table_schema in ('conseils', 'personal') and table_name like 'mt_doc_%'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        Assert.NotEmpty(tables);

        foreach (var table in tables)
        {
            await using var read = new NpgsqlCommand($"select id::text, data::text from {table}", connection);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                documents[$"{table}/{reader.GetString(0)}"] = reader.GetString(1);
        }
        return documents;
    }
}
