using System.Net;
using System.Text.Json;
using static ConseilsCitoyens.Api.Tests.Drawings.DrawingRequests;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Drawings;

public class HoldingDrawings(ApiFixture fixture) : DrawingTest(fixture)
{
    private static Guid[] Ids(JsonElement array) => array.EnumerateArray().Select(e => e.GetGuid()).ToArray();

    [Fact]
    public async Task A_drawing_answers_201_with_its_location_version_and_the_drawn_residents()
    {
        await GivenACouncil();

        var held = await Post(DrawingsOf(CouncilId), Drawing(female: 2, male: 2));

        Assert.Equal(HttpStatusCode.Created, held.Status);
        Assert.Equal(DrawingUrl, held.Location);
        Assert.Equal("\"1\"", held.ETag);
        var female = held.Json.GetProperty("standing").GetProperty("female");
        var order = Ids(held.Json.GetProperty("result").GetProperty("female"));
        Assert.Equal(4, order.Length);
        Assert.Equal(order[..2], Ids(female.GetProperty("called")));
        Assert.Equal(order[2..], Ids(female.GetProperty("substitutes")));
        Assert.False(held.Json.GetProperty("newDrawingNeeded").GetBoolean());
        Assert.Equal(CouncilId, held.Json.GetProperty("councilId").GetGuid());
    }

    [Fact]
    public async Task A_held_drawing_reads_back_with_its_version_as_etag()
    {
        var held = await GivenADrawing(Drawing());

        var read = await Get(DrawingUrl);

        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal("\"1\"", read.ETag);
        Assert.Equal(held.GetProperty("result").ToString(), read.Json.GetProperty("result").ToString());
        Assert.Equal(Seed, read.Json.GetProperty("seed").GetString());
        Assert.Equal("electoralRoll", read.Json.GetProperty("lists")[1].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_drawing_from_a_single_list_is_recorded_with_a_rule_4_warning()
    {
        await GivenACouncil();

        var held = await Post(DrawingsOf(CouncilId), Drawing(singleList: true));

        Assert.Equal(HttpStatusCode.Created, held.Status);
        Assert.Equal("\"2\"", held.ETag);
        var read = await Get(DrawingUrl);
        Assert.Equal("\"2\"", read.ETag);
        var warning = Assert.Single(read.Json.GetProperty("warnings").EnumerateArray());
        Assert.Equal(4, warning.GetProperty("rule").GetInt32());
        Assert.Equal("drawing.single-list", warning.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_drawing_breaking_gender_parity_in_2018_is_refused_and_leaves_no_trace()
    {
        await GivenACouncil();

        var answer = await Post(DrawingsOf(CouncilId), Drawing(female: 4, male: 2));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("drawing.parity", answer.ProblemCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(DrawingUrl)).Status);
        Assert.Equal(2L, await EventCount());
    }

    [Theory]
    [InlineData("2024-11-16", HttpStatusCode.UnprocessableEntity)]
    [InlineData("2024-11-17", HttpStatusCode.UnprocessableEntity)]
    [InlineData("2024-11-18", HttpStatusCode.Created)]
    public async Task Parity_binds_a_drawing_until_the_2024_decrees_apply_on_18_November(string heldOn, HttpStatusCode expected)
    {
        Fixture.Clock.Reset(NodaTime.Instant.FromUtc(2025, 1, 10, 9, 0));
        await GivenACouncil();

        var answer = await Post(DrawingsOf(CouncilId), Drawing(female: 4, male: 2, heldOn: heldOn));

        Assert.Equal(expected, answer.Status);
    }

    [Fact]
    public async Task More_seats_than_candidates_of_a_gender_is_refused()
    {
        await GivenACouncil();

        var answer = await Post(DrawingsOf(CouncilId), Drawing(female: 5, male: 5));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("drawing.not-enough-candidates", answer.ProblemCode);
    }

    [Fact]
    public async Task A_drawing_for_an_unknown_council_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post(DrawingsOf(Guid.NewGuid()), Drawing())).Status);

    [Fact]
    public async Task An_unknown_drawing_is_not_found()
    {
        var answer = await Get($"/drawings/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
    }

    [Fact]
    public async Task Holding_the_same_drawing_twice_is_a_conflict()
    {
        await GivenADrawing(Drawing());

        Assert.Equal(HttpStatusCode.Conflict, (await Post(DrawingsOf(CouncilId), Drawing())).Status);
    }

    [Theory]
    [InlineData("\"contentHash\":\"aaaa\"", "lists[0].contentHash")]
    [InlineData("\"seed\":\"\"", "seed")]
    [InlineData("\"gender\":\"other\"", null)]
    [InlineData("\"kind\":\"phoneBook\"", null)]
    [InlineData("\"size\":0", "lists[0].size")]
    public async Task A_malformed_drawing_is_a_400_problem_and_creates_nothing(string replacement, string? field)
    {
        await GivenACouncil();
        var json = JsonSerializer.Serialize(Drawing());
        var property = replacement[..(replacement.IndexOf(':') + 1)];
        var start = json.IndexOf(property, StringComparison.Ordinal);
        var end = json.IndexOfAny([',', '}'], start);
        var malformed = json[..start] + replacement + json[end..];

        var answer = await Post(DrawingsOf(CouncilId), malformed);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        if (field is not null)
            Assert.True(answer.Json.GetProperty("errors").TryGetProperty(field, out _), answer.Body);
        Assert.Equal(2L, await EventCount());
    }

    [Fact]
    public async Task No_name_reaches_the_event_log_only_pseudonymous_ids_and_list_fingerprints()
    {
        await GivenADrawing(Drawing());

        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        var payload = (await session.AdvancedSql.QueryAsync<string>(
            "select data::text from conseils.mt_events where type = 'drawing_held'", CancellationToken.None)).Single();
        using var held = JsonDocument.Parse(payload);
        var candidate = held.RootElement.GetProperty("candidates")[0];
        // jsonb orders keys its own way: compare the sets of fields.
        Assert.Equal(["candidateId", "gender", "list"], candidate.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(["contentHash", "kind", "label", "size"], held.RootElement.GetProperty("lists")[0].EnumerateObject().Select(p => p.Name).Order());
    }
}
