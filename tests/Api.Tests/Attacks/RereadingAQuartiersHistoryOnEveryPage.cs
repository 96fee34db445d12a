using System.Net;
using System.Text.Json;
using ConseilsCitoyens.Api.Tests.Reports;
using ConseilsCitoyens.Projections.Maintenance;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>
/// Paging through a quartier's replay made every page fold the whole history again: a caller asking
/// for the last page of a long history, over and over, kept the database reading all of it.
/// </summary>
public class RereadingAQuartiersHistoryOnEveryPage(ApiFixture fixture) : ReportTest(fixture)
{
    private const string Replay = "/quartiers/QP999001/replay";

    [Fact]
    public async Task The_next_page_folds_on_from_the_previous_one_without_reading_the_history_again()
    {
        await GivenACouncilWithAHalfYearOfActivity();
        var first = Lines(await Get($"{Replay}?limit=5"));
        // Behind the cursor, a member's arrival disappears from the log: a page that re-read the
        // history would count one member fewer.
        await EventLogMaintenance.RunAsync(Fixture.Store, "delete from conseils.mt_events where seq_id = 3");

        var second = await Get($"{Replay}?after=5&limit=5");

        Assert.Equal(HttpStatusCode.OK, second.Status);
        var lines = Lines(second);
        Assert.Equal([6, 7, 8, 9, 10], lines.Select(l => l.GetProperty("sequence").GetInt32()));
        Assert.Equal(3m, lines[0].GetProperty("indicators").GetProperty("members").GetDecimal());
        Assert.Equal(5, first.Length);
    }

    [Fact]
    public async Task A_cursor_whose_event_changed_is_folded_from_the_start()
    {
        await GivenACouncilWithAHalfYearOfActivity();
        await Get($"{Replay}?limit=5");
        await EventLogMaintenance.RunAsync(Fixture.Store, "update conseils.mt_events set timestamp = timestamp - interval '1 day' where seq_id = 5");
        await EventLogMaintenance.RunAsync(Fixture.Store, "delete from conseils.mt_events where seq_id = 3");

        var lines = Lines(await Get($"{Replay}?after=5&limit=5"));

        Assert.Equal(2m, lines[0].GetProperty("indicators").GetProperty("members").GetDecimal());
    }

    private static JsonElement[] Lines(Answer answer) =>
        answer.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
}
