using ConseilsCitoyens.Api.Conventions;
using ConseilsCitoyens.Api.Demo;
using ConseilsCitoyens.Api.Evaluation;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Operations;
using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Projections.Serialization;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;

namespace ConseilsCitoyens.Api.Tests.Reports;

/// <summary>
/// The programme's and each arrondissement's report, their meetings read from the months of the period
/// (the CouncilMonth rows), equal the same reports folded from the events, on the demo data; so do the
/// evaluation and the dashboard's series, which read every month's rows.
/// </summary>
public class ReadingTheProgrammeFromCouncilMonths(ApiFixture fixture) : ReportTest(fixture)
{
    [Fact]
    public async Task The_programme_and_arrondissement_reports_from_the_rows_equal_the_reports_folded_from_the_events()
    {
        await DemoLoader.Load(Fixture.Store, ApiFixture.City, CommandLineActor.For("demo", "tests")!, Fixture.Host.Services.GetRequiredService<WorkingCalendar>(),
            new FakeClock(Instant.FromUtc(2026, 1, 5, 10, 0)), 7, (_, _) => { }, CancellationToken.None);
        ReportPeriod[] periods =
        [
            new(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31)),
            new(new LocalDate(2018, 4, 1), new LocalDate(2018, 6, 30)),
            new ReportPeriod(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31)).AsOf(new LocalDate(2019, 5, 15)),
        ];
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        await using var current = await KnownStates.Read(session, null, Fixture.Clock, CancellationToken.None);
        await using var past = await KnownStates.Read(session, InstantPattern.ExtendedIso.Format(current.At), Fixture.Clock, CancellationToken.None);
        var held = 0m;
        foreach (var arrondissement in new string?[] { null, "75118", "75119" })
            foreach (var period in periods)
            {
                var fromRows = await current.ProgrammeReport(arrondissement, period, CancellationToken.None);
                var folded = await past.ProgrammeReport(arrondissement, period, CancellationToken.None);
                foreach (var (f, r) in folded.Values.Zip(fromRows.Values, (f, r) => (f, r)))
                    Assert.True(f.Value == r.Value && Breakdown(f) == Breakdown(r),
                        $"{arrondissement ?? "programme"}, {period}: {f.Definition.Id} folded {f.Value} {Breakdown(f)}, rows {r.Value} {Breakdown(r)}");
                held += fromRows.Values.Single(v => v.Definition.Id == Domain.Conventions.IndicatorIds.MeetingsHeld).Value ?? 0;
            }
        Assert.True(held > 0, "no meeting held in the periods read");
    }

    [Fact]
    public async Task The_evaluation_and_the_dashboard_s_quarterly_series_from_the_rows_equal_those_folded_from_the_events()
    {
        await DemoLoader.Load(Fixture.Store, ApiFixture.City, CommandLineActor.For("demo", "tests")!, Fixture.Host.Services.GetRequiredService<WorkingCalendar>(),
            new FakeClock(Instant.FromUtc(2026, 1, 5, 10, 0)), 7, (_, _) => { }, CancellationToken.None);
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        await using var current = await KnownStates.Read(session, null, Fixture.Clock, CancellationToken.None);
        await using var past = await KnownStates.Read(session, InstantPattern.ExtendedIso.Format(current.At), Fixture.Clock, CancellationToken.None);
        var json = new System.Text.Json.JsonSerializerOptions().ApplyConseilsConventions();
        foreach (var arrondissement in new string?[] { null, "75118" })
            foreach (var asOf in new[] { new LocalDate(2018, 9, 30), new LocalDate(2019, 12, 31) })
            {
                var fromRows = await current.Evaluation(null, arrondissement, asOf, CancellationToken.None);
                var folded = await past.Evaluation(null, arrondissement, asOf, CancellationToken.None);
                Assert.Empty(fromRows.Scope.Facts.Meetings);
                Assert.NotEmpty(folded.Scope.Facts.Meetings);
                Assert.Equal(System.Text.Json.JsonSerializer.Serialize(folded.Result, json), System.Text.Json.JsonSerializer.Serialize(fromRows.Result, json));
                var convention = (await current.ProgrammeConvention(CancellationToken.None))!;
                Assert.Equal(System.Text.Json.JsonSerializer.Serialize(QuarterlySeries.Compute(folded.Scope.Facts, convention, asOf), json),
                    System.Text.Json.JsonSerializer.Serialize(QuarterlySeries.Compute(fromRows.Scope.Facts, convention, asOf), json));
            }
    }

    private static string Breakdown(IndicatorValue value) =>
        value.Breakdown is null ? "" : string.Join(", ", value.Breakdown.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => $"{b.Key}: {b.Value}"));
}
