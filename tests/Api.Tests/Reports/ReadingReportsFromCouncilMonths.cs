using System.Net;
using ConseilsCitoyens.Api.Demo;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Operations;
using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Projections.Reports;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Reports;

/// <summary>
/// A council's report read from its months (the CouncilMonth rows) equals the same report folded from
/// the events (asKnownAt the instant read), indicator by indicator, over several periods and asOf
/// dates: as a meeting's requests move it into its month, on the demo data, and in two cities after a
/// rebuild in one pass. The oracle's generated histories check the same cut through the domain
/// (Domain.Tests, MeetingMonthsProperties).
/// </summary>
public class ReadingReportsFromCouncilMonths(ApiFixture fixture) : ReportTest(fixture)
{
    [Fact]
    public async Task A_meeting_moves_into_its_month_as_requests_hold_it_and_correct_its_register()
    {
        await GivenACouncilWithAHalfYearOfActivity();
        var later = Guid.Parse("0190c1a0-0000-7000-8000-0000000000b7");
        await Expect(HttpStatusCode.Created, Post($"/councils/{CouncilId}/meetings",
            new { id = later, kind = "plenary", plannedFor = "2018-06-04", convenedBy = new { kind = "facilitator" } }));
        await Expect(HttpStatusCode.OK, Post($"/meetings/{later}/agenda-items",
            new { title = "Jardins partagés", proposedBy = new { kind = "member", memberId = MemberId }, proposedOn = "2018-05-28" }));
        var periods = new[] { "2018-01-01", "2018-05-01", "2018-06-01" }
            .Select(from => new ReportPeriod(LocalDatePattern.Iso.Parse(from).Value, new LocalDate(2018, 6, 30))).ToArray();
        await EveryReportTheSame(CouncilId, periods);

        // Held in June though planned for then: its month files it, with its agenda; a register recorded, then corrected.
        await Expect(HttpStatusCode.OK, Post($"/meetings/{later}/holding", new { heldOn = "2018-06-06", chairedBy = new { kind = "member", memberId = Second } }));
        await Expect(HttpStatusCode.OK, Post($"/meetings/{later}/attendance", new { register = new[] { new { memberId = MemberId, presence = "present" } } }));
        await Expect(HttpStatusCode.OK, Post($"/meetings/{later}/attendance", new
        {
            register = new[] { new { memberId = MemberId, presence = "present" }, new { memberId = Third, presence = "excused" } },
        }));
        await EveryReportTheSame(CouncilId, periods);
        var june = await Get($"{CouncilReport}?month=2018-06");
        Assert.Equal(1m, Value(june, IndicatorIds.MeetingsHeld));
        Assert.Equal(1m, Value(june, IndicatorIds.AgendaItemsByMembersShare));
        Assert.Equal(Math.Round(1m / 3, 4), Value(june, IndicatorIds.AttendanceRate));
    }

    [Fact]
    public async Task A_report_from_the_rows_equals_the_report_folded_from_the_events_on_the_demo_data()
    {
        await DemoLoader.Load(Fixture.Store, ApiFixture.City, CommandLineActor.For("demo", "tests")!, Fixture.Host.Services.GetRequiredService<WorkingCalendar>(),
            new FakeClock(Instant.FromUtc(2026, 1, 5, 10, 0)), 7, (_, _) => { }, CancellationToken.None);
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        var councils = (await session.Query<Council>().ToListAsync()).Select(c => c.Id).Order().ToArray();
        Assert.NotEmpty(await session.Query<CouncilMonth>().ToListAsync());
        ReportPeriod[] periods =
        [
            new(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31)),
            new(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31)),
            new(new LocalDate(2018, 4, 1), new LocalDate(2018, 6, 30)),
            new ReportPeriod(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31)).AsOf(new LocalDate(2018, 5, 15)),
            new(new LocalDate(2016, 3, 14), new LocalDate(2025, 12, 31)),
        ];
        foreach (var council in councils)
            await EveryReportTheSame(council, periods);
    }

    [Fact]
    public async Task Rebuilt_in_one_pass_the_rows_of_two_cities_with_the_same_ids_stay_each_city_s()
    {
        // The demo of two seeds in two cities: the same council ids, different meetings.
        foreach (var (city, seed) in new[] { (ApiFixture.City, 7), ("lyon", 8) })
            await DemoLoader.Load(Fixture.Store, city, CommandLineActor.For("demo", "tests")!, Fixture.Host.Services.GetRequiredService<WorkingCalendar>(),
                new FakeClock(Instant.FromUtc(2026, 1, 5, 10, 0)), seed, (_, _) => { }, CancellationToken.None);
        await ProjectionRebuild.RunAsync(Fixture.Store, Fixture.ConnectionString, ProjectionRebuild.Names(Fixture.Store), _ => { }, CancellationToken.None);

        var year = new ReportPeriod(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31));
        var held = new Dictionary<string, decimal?>();
        foreach (var city in new[] { ApiFixture.City, "lyon" })
        {
            await using var session = Fixture.Store.QuerySession(city);
            var councils = (await session.Query<Council>().ToListAsync()).Select(c => c.Id).Order().ToArray();
            Assert.NotEmpty(councils);
            await EveryReportTheSame(councils[0], [year], city);
            held[city] = (await BothReports(councils[0], year, city)).FromRows.Single(f => f.Id == IndicatorIds.MeetingsHeld).Value;
        }
        Assert.All(held.Values, count => Assert.True(count > 0));
    }

    private async Task EveryReportTheSame(Guid council, IEnumerable<ReportPeriod> periods, string city = ApiFixture.City)
    {
        foreach (var period in periods)
        {
            var (fromRows, folded) = await BothReports(council, period, city);
            Assert.True(folded.SequenceEqual(fromRows), $"council {council}, {period}:\n{Differences(folded, fromRows)}");
        }
    }

    private sealed record Figure(string Id, decimal? Value, string Breakdown)
    {
        public override string ToString() => $"{Id} = {Value} {Breakdown}";
    }

    /// <returns>The report read from the rows, and the same folded from the events recorded by the instant the first was read.</returns>
    private async Task<(IReadOnlyList<Figure> FromRows, IReadOnlyList<Figure> Folded)> BothReports(Guid council, ReportPeriod period,
        string city = ApiFixture.City)
    {
        await using var session = Fixture.Store.QuerySession(city);
        await using var current = await KnownStates.Read(session, null, Fixture.Clock, CancellationToken.None);
        var fromRows = await current.CouncilReport(council, period, CancellationToken.None);
        await using var past = await KnownStates.Read(session, InstantPattern.ExtendedIso.Format(current.At), Fixture.Clock, CancellationToken.None);
        Assert.NotNull(past.AsKnownAt);
        var folded = await past.CouncilReport(council, period, CancellationToken.None);
        return (Figures(fromRows), Figures(folded));
    }

    private static IReadOnlyList<Figure> Figures(ComputedReport report) =>
        report.Values.Select(v => new Figure(v.Definition.Id, v.Value,
            v.Breakdown is null ? "" : string.Join(", ", v.Breakdown.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => $"{b.Key}: {b.Value}")))).ToArray();

    private static string Differences(IReadOnlyList<Figure> folded, IReadOnlyList<Figure> fromRows) =>
        string.Join("\n", folded.Zip(fromRows).Where(p => p.First != p.Second).Select(p => $"folded {p.First}, rows {p.Second}"));
}
