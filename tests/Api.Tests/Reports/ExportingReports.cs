using System.Net;
using System.Text;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Reports;

public class ExportingReports(ApiFixture fixture) : ReportTest(fixture)
{
    private const string Header =
        "périmètre;conseil;quartier;arrondissement;début de période;fin de période;indicateur;détail;libellé;valeur;unité;version de la définition;note;données connues au";

    private static string[][] Rows(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';')).ToArray();

    private static string[] Row(string[][] rows, string id, string part = "") => rows.Single(r => r[Column("indicateur")] == id && r[Column("détail")] == part);

    private static int Column(string name) => Array.IndexOf(Header.Split(';'), name);

    private static readonly int ValueColumn = Column("valeur"), NoteColumn = Column("note");

    [Fact]
    public async Task A_council_report_downloads_as_a_french_csv_with_a_byte_order_mark_and_semicolons()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var csv = await Download($"{CouncilReport}.csv?from=2018-01-01&to=2018-06-30");

        Assert.Equal(HttpStatusCode.OK, csv.Status);
        Assert.Equal("text/csv; charset=utf-8", csv.ContentType);
        Assert.Equal("rapport-conseil-2018-01-01-2018-06-30.csv", csv.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv.Bytes[..3]);
        var rows = Rows(csv.Bytes);
        Assert.Equal(Header, string.Join(';', rows[0]));
        var attendance = Row(rows, "attendance-rate");
        Assert.Equal(["conseil", CouncilId.ToString(), "", "", "2018-01-01", "2018-06-30", "attendance-rate", "", "Taux de présence", "0,8333", "proportion (0 à 1)", "2", ""],
            attendance[..^1]);
        // The instant of the log the figures reflect: when they were read, by the database server's clock.
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$", attendance[^1]);
        Assert.All(rows.Skip(1), row => Assert.Equal(attendance[^1], row[^1]));
        Assert.Equal("42", Row(rows, "answer-delay-days-median")[ValueColumn]);
        Assert.Equal("150000", Row(rows, "funds-obtained-cents")[ValueColumn]);
        Assert.Equal("1", Row(rows, "compliance-warnings", "rule-12")[ValueColumn]);
        Assert.Equal("3", Row(rows, "members-residents")[ValueColumn]);
    }

    [Fact]
    public async Task The_indicators_added_last_are_csv_rows_and_open_data_values_as_counted_by_hand()
    {
        await GivenThreeConventionYears();

        var rows = Rows((await Download("/report.csv?conventionYear=2")).Bytes);
        var open = (await Get("/report?conventionYear=2&open=true")).Json.GetProperty("indicators").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("value"));

        // Year 2 (2017-04-01 → 2018-03-31): one plenary held on a Wednesday (2018-03-14), the diagnostic of 2017-06-01,
        // one steering session without a representative, no departure, no drawing.
        Assert.Equal("1", Row(rows, "meetings-held", "plenary")[ValueColumn]);
        Assert.Equal("0", Row(rows, "meetings-held", "publicMeeting")[ValueColumn]);
        Assert.Equal("0", Row(rows, "meetings-on-non-working-days")[ValueColumn]);
        Assert.Equal("1", Row(rows, "diagnostics-published")[ValueColumn]);
        Assert.Equal("0", Row(rows, "turnover", "death")[ValueColumn]);
        Assert.Equal("1", Row(rows, "steering-invitations")[ValueColumn]);
        Assert.Equal("0", Row(rows, "steering-presences")[ValueColumn]);
        Assert.Equal("", Row(rows, "drawing-acceptance-rate")[ValueColumn]);
        // The facilitator covers the council from 2017-09-11: 202 days of year 2 (to 2018-03-31), the 163 before vacant.
        Assert.Equal(("202", "163"), (Row(rows, "coverage-days")[ValueColumn], Row(rows, "vacancy-days")[ValueColumn]));
        Assert.Equal(0m, open["drawings-held"].GetDecimal());
        Assert.Equal(0m, open["replacements"].GetDecimal());
        Assert.Equal(202m, open["coverage-days"].GetDecimal());
    }

    [Fact]
    public async Task Parity_among_three_residents_is_kept_secret_in_the_csv()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var rows = Rows((await Download($"{CouncilReport}.csv?year=2018")).Bytes);

        foreach (var row in new[] { Row(rows, "parity-residents"), Row(rows, "parity-residents", "female"), Row(rows, "parity-residents", "male") })
        {
            Assert.Equal("", row[ValueColumn]);
            Assert.Equal("secret statistique : effectif inférieur à 5", row[NoteColumn]);
        }
        Assert.Equal("", Row(rows, "members")[NoteColumn]);
    }

    [Fact]
    public async Task The_programme_and_an_arrondissement_download_with_the_same_query_as_their_json()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var programme = await Download("/report.csv?year=2018");
        var ours = await Download("/report.csv?quarter=2018-Q1&arrondissement=75118");

        Assert.Equal(HttpStatusCode.OK, programme.Status);
        Assert.Equal("2", Row(Rows(programme.Bytes), "meetings-held")[ValueColumn]);
        Assert.Equal("rapport-arrondissement-75118-2018-01-01-2018-03-31.csv", ours.FileName);
        Assert.Equal(["arrondissement", "", "", "75118", "2018-01-01", "2018-03-31"], Row(Rows(ours.Bytes), "meetings-held")[..6]);
        Assert.Equal("0,6667", Row(Rows(ours.Bytes), "attendance-rate")[ValueColumn]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("year=18")]
    [InlineData("quarter=2018-Q5")]
    [InlineData("from=2018-12-31&to=2018-01-01")]
    public async Task A_period_that_makes_no_sense_is_a_400_for_the_csv_too(string query)
    {
        await GivenACouncilWithAHalfYearOfActivity();

        Assert.Equal(HttpStatusCode.BadRequest, (await Get($"{CouncilReport}.csv?{query}")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get($"/report.csv?{query}")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await Get("/report.csv?year=2018&arrondissement=18e")).Status);
    }

    [Fact]
    public async Task The_csv_of_an_unknown_council_is_a_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/councils/{Guid.NewGuid()}/report.csv?year=2018")).Status);
    }

    [Fact]
    public async Task The_open_data_json_keeps_small_counts_by_gender_secret_and_the_full_json_does_not()
    {
        await GivenACouncilWithAHalfYearOfActivity();

        var full = await Get($"{CouncilReport}?year=2018");
        var open = await Get($"{CouncilReport}?year=2018&open=true");
        var programme = await Get("/report?year=2018&open=true");

        Assert.Equal(1m, Value(full, "parity-residents"));
        Assert.Equal(3, Indicator(full, "parity-residents").GetProperty("breakdown").GetProperty("female").GetInt32());
        Assert.False(Indicator(full, "parity-residents").GetProperty("secret").GetBoolean());
        foreach (var report in new[] { open, programme })
        {
            var parity = Indicator(report, "parity-residents");
            Assert.True(parity.GetProperty("secret").GetBoolean());
            Assert.Null(Value(report, "parity-residents"));
            Assert.Equal(System.Text.Json.JsonValueKind.Null, parity.GetProperty("breakdown").ValueKind);
            Assert.Equal(3m, Value(report, "members-residents"));
            Assert.False(Indicator(report, "members").GetProperty("secret").GetBoolean());
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await Get($"{CouncilReport}?year=2018&open=maybe")).Status);
    }
}
