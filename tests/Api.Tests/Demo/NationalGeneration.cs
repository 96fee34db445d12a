using ConseilsCitoyens.Api.Demo;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Operations;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Team;
using ConseilsCitoyens.Projections.Members;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ConseilsCitoyens.Api.Tests.Demo;

/// <summary>The national set, bulk-inserted, then its inline projections rebuilt: the views match the log.</summary>
public class NationalGeneration(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly CommandLineActor Operator = CommandLineActor.For("demo --national", "tests")!;

    [Fact]
    public async Task Three_councils_bulk_inserted_read_like_appended_ones()
    {
        var calendar = Fixture.Host.Services.GetRequiredService<WorkingCalendar>();
        var today = new LocalDate(2026, 1, 5);
        var loaded = await NationalLoader.Load(Fixture.Store, ApiFixture.City, Operator, calendar, today, 3, 7, _ => { }, CancellationToken.None);
        await ProjectionRebuild.RunAsync(Fixture.Store, Fixture.ConnectionString, ProjectionRebuild.InlineNames(Fixture.Store), _ => { }, CancellationToken.None);

        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        Assert.Equal(1, loaded.Regions);
        Assert.Equal(loaded.Events, await session.Events.QueryAllRawEvents().CountAsync());
        var councils = await session.Query<Council>().ToListAsync();
        Assert.Equal(3, councils.Count);
        Assert.All(councils, c =>
        {
            Assert.Equal(CouncilStatus.Active, c.Status);
            Assert.Contains(c.Members, m => m.Origin == MemberOrigin.Drawn);
            Assert.All(c.QuartierCodes, code => Assert.StartsWith("QP0000", code));
        });
        Assert.Equal(4, await session.Query<TeamMember>().CountAsync());
        Assert.Equal(new DemoRegion(0, 3).ConventionId, Assert.Single(await session.Query<Convention>().ToListAsync()).Id);
        Assert.Equal(councils.Sum(c => c.Members.Length), await session.Query<MemberPersonalDetails>().CountAsync());
        // Every stream's version is its event count, so the next append through the API lands after them.
        var council = councils[0];
        var state = await session.Events.FetchStreamStateAsync(council.Id);
        Assert.Equal((await session.Events.FetchStreamAsync(council.Id)).Count, state!.Version);
        var read = await Get($"/councils/{council.Id}");
        Assert.True(read.Status == System.Net.HttpStatusCode.OK, read.Body);

        var again = await NationalLoader.Load(Fixture.Store, ApiFixture.City, Operator, calendar, today, 3, 7, _ => { }, CancellationToken.None);
        Assert.Equal((1, 0L), (again.SkippedRegions, again.Events));
    }

    [Fact]
    public void A_seed_gives_the_same_regions_in_every_process()
    {
        // Pinned values: a seed salted per process (HashCode.Combine) would differ from run to run.
        Assert.Equal(2017 * 1_000_003 + 5, new DemoRegion(5, 8).SeedFor(2017));
        var calendar = Fixture.Host.Services.GetRequiredService<WorkingCalendar>();
        var today = new LocalDate(2026, 1, 5);
        var first = new DemoData(7, calendar, today, new DemoRegion(1, 2)).Generate();
        var second = new DemoData(7, calendar, today, new DemoRegion(1, 2)).Generate();
        Assert.Equal(first.EventCount, second.EventCount);
    }
}
