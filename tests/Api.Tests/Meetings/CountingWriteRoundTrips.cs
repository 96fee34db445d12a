using System.Net;
using System.Text.RegularExpressions;
using ConseilsCitoyens.Api.Tests.Infrastructure;
using static ConseilsCitoyens.Api.Tests.Meetings.MeetingScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Meetings;

/// <summary>
/// A write reads what it decides on and nothing else: the inline projections of other aggregates
/// do not each load their document for the stream it appends to.
/// </summary>
public partial class CountingWriteRoundTrips(ApiFixture fixture) : MeetingTest(fixture)
{
    [Fact]
    public async Task Adding_an_agenda_item_reads_the_meeting_and_its_council_only()
    {
        await GivenACouncilWithMembers();
        var (plan, planStatements) = await Sending(MeetingsOf(CouncilId), Plan());
        var (item, itemStatements) = await Sending(MeetingUrl(then: "agenda-items"), new { title = "Jardin partagé", proposedBy = Facilitator });

        Assert.Equal(HttpStatusCode.Created, plan.Status);
        Assert.Equal(HttpStatusCode.OK, item.Status);
        // Planning: the council, then the batch that starts the meeting's stream.
        Assert.Equal(2, planStatements.Count);
        Assert.Equal(["mt_doc_council"], DocumentsRead(planStatements));
        // An append: the meeting, its council, the stream's version, the meeting's stored events (its
        // council's month tallies), then the batch. Every other projection's document stays unread.
        Assert.Equal(["mt_doc_council", "mt_doc_meeting"], DocumentsRead(itemStatements));
        Assert.Equal(5, itemStatements.Count);
    }

    private static string[] DocumentsRead(IEnumerable<string> statements) =>
        statements.SelectMany(s => DocumentTable().Matches(s).Select(m => m.Groups[1].Value)).Distinct().Order().ToArray();

    [GeneratedRegex(@"from conseils\.(mt_doc_\w+)")]
    private static partial Regex DocumentTable();

    /// <returns>The answer, and the statements Npgsql sent for this request (it joins the trace through its traceparent header).</returns>
    private Task<(Answer Answer, IReadOnlyList<string> Statements)> Sending(string url, object body) =>
        NpgsqlStatements.Of(traceparent => SendWith(HttpMethod.Post, url, System.Text.Json.JsonSerializer.Serialize(body, WebJson), null, null,
            "Bearer " + Fixture.TokenFor(ApiFixture.DefaultRole), new Dictionary<string, string> { ["traceparent"] = traceparent }));
}
