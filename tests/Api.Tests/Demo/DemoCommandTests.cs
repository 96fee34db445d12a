using ConseilsCitoyens.Api.Tests.Infrastructure;
using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Drawings;
using ConseilsCitoyens.Domain.Meetings;
using ConseilsCitoyens.Domain.Team;
using ConseilsCitoyens.Projections.Members;
using Marten;

namespace ConseilsCitoyens.Api.Tests.Demo;

/// <summary>The demo command line, run as a process on the tests' database (the API tests' collection: never concurrently).</summary>
public class DemoCommandTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_demo_loads_a_living_programme_once()
    {
        var first = await ApiProcess.Run("demo", "--seed", "7");

        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);
        Assert.Matches(@"demo: \d+ streams, \d+ events in [\d.,]+ s", first.Stdout);

        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        var councils = await session.Query<Council>().ToListAsync();
        Assert.Equal(8, councils.Count);
        Assert.All(councils, c =>
        {
            Assert.Equal(CouncilStatus.Active, c.Status);
            Assert.InRange(c.CurrentMembers().Count(), 15, 50);
            Assert.Contains(c.Members, m => m.Origin == MemberOrigin.Drawn);
            Assert.NotNull(c.Order);
            Assert.All(c.QuartierCodes, code => Assert.StartsWith("QP999", code));
        });
        var meetings = await session.Query<Meeting>().ToListAsync();
        Assert.All(councils, c => Assert.Contains(meetings, m => m.CouncilId == c.Id && m.Status == MeetingStatus.Held));
        Assert.Equal(8, await session.Query<Drawing>().CountAsync());
        Assert.Equal(9, await session.Query<TeamMember>().CountAsync());
        var convention = Assert.Single(await session.Query<Convention>().ToListAsync());
        Assert.Equal(["Préfecture de Paris", "Ville de Paris"], convention.Sponsors.ToArray());
        var members = councils.Sum(c => c.Members.Length);
        Assert.Equal(members, await session.Query<MemberPersonalDetails>().CountAsync());

        // Attributed like a request: the operator (the OS user here), the command line's role, one correlation for the run.
        Assert.Equal([1L], await session.QueryAsync<long>(
            "select count(distinct correlation_id) from conseils.mt_events where user_name is not null and headers->>'role' = 'operator'"));
        Assert.Equal([0L], await session.QueryAsync<long>(
            "select count(*) from conseils.mt_events where user_name is null or correlation_id is null or headers->>'role' is distinct from 'operator'"));

        // Inline projections fold only their aggregate's events and the consequences: a stream holding
        // any other event would leave its document (its ETag) behind the stream's version.
        var demo = (await session.QueryAsync<string>(
            "select distinct correlation_id from conseils.mt_events where headers->>'role' = 'operator'")).Single();
        var checkedDocuments = 0L;
        foreach (var table in SingleStreamDocumentTables)
        {
            var from = $"""
                from conseils.{table} d join conseils.mt_streams s on s.id = d.id and s.tenant_id = d.tenant_id
                where d.data->'version' is not null and s.id in (select stream_id from conseils.mt_events where correlation_id = ?)
                """;
            var documents = (await session.QueryAsync<long>("select count(*) " + from, demo)).Single();
            var behind = (await session.QueryAsync<long>(
                "select count(*) " + from + " and (d.data->>'version')::bigint is distinct from s.version", demo)).Single();
            Assert.True(behind == 0, $"{table}: {behind} of {documents} documents behind their stream");
            checkedDocuments += documents;
        }
        Assert.True(checkedDocuments > 10 * councils.Count, $"only {checkedDocuments} documents checked");

        var events = await session.Events.QueryAllRawEvents().CountAsync();
        var second = await ApiProcess.Run("demo", "--seed", "7");

        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);
        Assert.Contains("already loaded", second.Stdout);
        Assert.Equal(events, await session.Events.QueryAllRawEvents().CountAsync());
    }

    private static readonly string[] SingleStreamDocumentTables =
    [
        "mt_doc_quartier", "mt_doc_roadmap", "mt_doc_partner", "mt_doc_personaldata", "mt_doc_proposal", "mt_doc_steeringsession",
        "mt_doc_facilitator", "mt_doc_activitylog", "mt_doc_convention", "mt_doc_council", "mt_doc_drawing", "mt_doc_immersion",
        "mt_doc_initiative", "mt_doc_interpellation", "mt_doc_meeting", "mt_doc_territorydiagnostic",
    ];

    [Fact]
    public async Task The_national_set_can_leave_the_rebuild_to_the_caller()
    {
        var help = await ApiProcess.Run("demo", "--help");
        var loaded = await ApiProcess.Run("demo", "--national", "--councils", "2", "--no-rebuild");

        Assert.True(help.ExitCode == 0, help.Stdout + help.Stderr);
        Assert.Contains("--no-rebuild", help.Stdout);
        Assert.True(loaded.ExitCode == 0, loaded.Stdout + loaded.Stderr);
        Assert.Matches(@"national: 2 councils in 1 regions", loaded.Stdout);
        Assert.Contains("run `rebuild`", loaded.Stdout);
        Assert.DoesNotContain("inline projections rebuilt", loaded.Stdout);
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        Assert.True(await session.Events.QueryAllRawEvents().CountAsync() > 0);
        // The views were left behind the log, as asked: no council projected yet.
        Assert.Equal(0, await session.Query<Council>().CountAsync());
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_data()
    {
        var today = new NodaTime.LocalDate(2026, 1, 5);
        var calendar = Domain.Calendar.WorkingCalendar.WeekendsOnly;

        var one = new Api.Demo.DemoData(7, calendar, today).Generate();
        var two = new Api.Demo.DemoData(7, calendar, today).Generate();
        var other = new Api.Demo.DemoData(8, calendar, today).Generate();

        Assert.Equal(one.Streams.Select(s => s.Id), two.Streams.Select(s => s.Id));
        Assert.Equal(one.Streams.SelectMany(s => s.Events), two.Streams.SelectMany(s => s.Events), new JsonEquality());
        Assert.Equal(one.Documents, two.Documents);
        Assert.NotEqual(one.Streams.Select(s => s.Id), other.Streams.Select(s => s.Id));
        Assert.InRange(one.EventCount, 1_000, 30_000);
    }

    private sealed class JsonEquality : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) =>
            System.Text.Json.JsonSerializer.Serialize(x) == System.Text.Json.JsonSerializer.Serialize(y);

        public int GetHashCode(object obj) => System.Text.Json.JsonSerializer.Serialize(obj).GetHashCode();
    }
}
