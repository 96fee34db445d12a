using System.Net;
using System.Text.Json;
using static ConseilsCitoyens.Api.Tests.Drawings.DrawingRequests;

namespace ConseilsCitoyens.Api.Tests.Drawings;

public class AnsweringDrawings(ApiFixture fixture) : DrawingTest(fixture)
{
    private static readonly string AnswersUrl = $"{DrawingUrl}/answers";

    private static Guid[] Ids(JsonElement array) => array.EnumerateArray().Select(e => e.GetGuid()).ToArray();

    private static Guid[] Order(JsonElement drawing, string gender) => Ids(drawing.GetProperty("result").GetProperty(gender));

    [Fact]
    public async Task A_refusal_calls_the_next_substitute_of_the_same_gender()
    {
        var women = Order(await GivenADrawing(Drawing(female: 2, male: 2)), "female");

        var answered = await Post(AnswersUrl, Answer(women[0], accepted: false), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, answered.Status);
        Assert.Equal("\"2\"", answered.ETag);
        var female = (await Get(DrawingUrl)).Json.GetProperty("standing").GetProperty("female");
        Assert.Equal([women[1], women[2]], Ids(female.GetProperty("called")));
        Assert.Equal([women[0]], Ids(female.GetProperty("refused")));
        Assert.Equal([women[3]], Ids(female.GetProperty("substitutes")));
    }

    [Fact]
    public async Task An_accepting_candidate_is_listed_as_accepted()
    {
        var men = Order(await GivenADrawing(Drawing()), "male");

        var answered = await Post(AnswersUrl, Answer(men[1], accepted: true));

        Assert.Equal([men[1]], Ids(answered.Json.GetProperty("standing").GetProperty("male").GetProperty("accepted")));
        Assert.Equal("\"2\"", (await Get(DrawingUrl)).ETag);
    }

    [Fact]
    public async Task When_refusals_exhaust_the_substitutes_the_drawing_says_a_new_one_is_needed()
    {
        var women = Order(await GivenADrawing(Drawing(female: 1, male: 1, perGender: 2)), "female");
        await Post(AnswersUrl, Answer(women[0], accepted: false));

        var answered = await Post(AnswersUrl, Answer(women[1], accepted: false));

        Assert.True(answered.Json.GetProperty("standing").GetProperty("female").GetProperty("exhausted").GetBoolean());
        Assert.False(answered.Json.GetProperty("standing").GetProperty("male").GetProperty("exhausted").GetBoolean());
        Assert.True((await Get(DrawingUrl)).Json.GetProperty("newDrawingNeeded").GetBoolean());
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412_and_appends_nothing()
    {
        var women = Order(await GivenADrawing(Drawing()), "female");
        await Post(AnswersUrl, Answer(women[0], accepted: true));

        var stale = await Post(AnswersUrl, Answer(women[1], accepted: true), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("version.stale", stale.ProblemCode);
        Assert.Equal("\"2\"", (await Get(DrawingUrl)).ETag);
    }

    [Fact]
    public async Task A_substitute_not_yet_called_cannot_answer_and_nothing_is_written()
    {
        var women = Order(await GivenADrawing(Drawing(female: 2, male: 2)), "female");

        var answer = await Post(AnswersUrl, Answer(women[3], accepted: true));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("drawing.not-called", answer.ProblemCode);
        Assert.Equal("\"1\"", (await Get(DrawingUrl)).ETag);
    }

    [Fact]
    public async Task Repeating_an_answer_appends_nothing()
    {
        var women = Order(await GivenADrawing(Drawing()), "female");
        await Post(AnswersUrl, Answer(women[0], accepted: true));

        var again = await Post(AnswersUrl, Answer(women[0], accepted: true));

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("\"2\"", again.ETag);
    }

    [Fact]
    public async Task Answering_an_unknown_drawing_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post($"/drawings/{Guid.NewGuid()}/answers", Answer(Woman(1), true))).Status);

    [Theory]
    [InlineData("""{"candidateId":"0190c1a0-0000-7000-8000-0000000f0001","answeredOn":"2018-05-20"}""")]
    [InlineData("""{"candidateId":"0190c1a0-0000-7000-8000-0000000f0001","accepted":"yes","answeredOn":"2018-05-20"}""")]
    [InlineData("""{"candidateId":"00000000-0000-0000-0000-000000000000","accepted":true,"answeredOn":"2018-05-20"}""")]
    public async Task A_malformed_answer_is_a_400_problem_and_appends_nothing(string json)
    {
        await GivenADrawing(Drawing());

        var answer = await Post(AnswersUrl, json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("\"1\"", (await Get(DrawingUrl)).ETag);
    }
}
