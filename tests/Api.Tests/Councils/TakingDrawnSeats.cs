using System.Net;
using static ConseilsCitoyens.Api.Tests.Drawings.DrawingRequests;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Councils;

public class TakingDrawnSeats(ApiFixture fixture) : CouncilTest(fixture)
{
    private static readonly string Calls = $"{DrawingUrl}/substitute-calls";

    [Theory]
    [InlineData("male", "residents", "2018-05-15", "member.seat-gender-mismatch")]
    [InlineData("female", "localActors", "2018-05-15", "member.seat-college-mismatch")]
    [InlineData("female", "residents", "2018-05-13", "member.joined-before-seat-accepted")]
    [InlineData("female", "residents", "2018-05-10", "member.joined-before-seat-accepted")]
    public async Task A_drawn_seat_is_taken_by_its_candidate_as_drawn_and_after_accepting_it(string gender, string college, string joinedOn, string code)
    {
        var candidate = await GivenAnAcceptedSeat();

        var answer = await Post(MembersOf(CouncilId), DrawnResident(candidate, joinedOn, gender, college));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal(code, answer.ProblemCode);
        Assert.Equal(0, (await Get(Council)).Json.GetProperty("members").GetArrayLength());
    }

    [Fact]
    public async Task A_departure_calls_the_next_substitute_who_accepts_and_takes_the_seat_once()
    {
        var departed = await GivenAnActiveCouncil(volunteers: 2);
        await Post($"{Council}/members/{departed}/departure", new { reason = "death", leftOn = "2018-06-01" });
        var next = (await Get(DrawingUrl)).Json.GetProperty("standing").GetProperty("female").GetProperty("substitutes")[0].GetGuid();

        var called = await Post(Calls, new { replaces = departed, calledOn = "2018-06-05" });

        Assert.Equal(HttpStatusCode.OK, called.Status);
        Assert.Contains(next, called.Json.GetProperty("standing").GetProperty("female").GetProperty("called").EnumerateArray().Select(c => c.GetGuid()));
        Assert.Equal(next, called.Json.GetProperty("substituteCalls")[0].GetProperty("candidateId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await Post($"{DrawingUrl}/answers", Answer(next, accepted: true, answeredOn: "2018-06-08"))).Status);

        var early = await Post(MembersOf(CouncilId), DrawnResident(next, "2018-06-07", origin: "substitute", replaces: departed));
        Assert.Equal("member.joined-before-seat-accepted", early.ProblemCode);
        var joined = await Post(MembersOf(CouncilId), DrawnResident(next, "2018-06-11", origin: "substitute", replaces: departed));
        Assert.Equal(HttpStatusCode.OK, joined.Status);

        var again = await Post(Calls, new { replaces = departed, calledOn = "2018-06-20" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.Status);
        Assert.Equal("drawing.departure-already-called", again.ProblemCode);
        var sitting = (await Get($"{Council}?asOf=2018-06-11")).Json.GetProperty("members").EnumerateArray()
            .Where(m => m.GetProperty("leftOn").ValueKind == System.Text.Json.JsonValueKind.Null).Select(m => m.GetProperty("memberId").GetGuid());
        Assert.Contains(next, sitting);
        Assert.DoesNotContain(departed, sitting);
    }

    [Fact]
    public async Task Two_calls_for_one_departure_sent_at_once_on_two_drawings_call_one_substitute()
    {
        var departed = await GivenAnActiveCouncil(volunteers: 2);
        await Post($"{Council}/members/{departed}/departure", new { reason = "death", leftOn = "2018-06-01" });
        var secondDrawing = Guid.Parse("0190c1a0-0000-7000-8000-0000000d0002");
        var drawn = await Post(DrawingsOf(CouncilId), Drawing(id: secondDrawing, seed: "Tirage public du 2 juin 2018 : 7 9 21", heldOn: "2018-06-02"));
        Assert.True(drawn.Status is HttpStatusCode.Created or HttpStatusCode.OK, drawn.Body);

        var answers = await Task.WhenAll(
            Post(Calls, new { replaces = departed, calledOn = "2018-06-05" }),
            Post($"/drawings/{secondDrawing}/substitute-calls", new { replaces = departed, calledOn = "2018-06-05" }));

        Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        Assert.Single(answers, a => a.Status == HttpStatusCode.UnprocessableEntity && a.ProblemCode == "drawing.departure-already-called");
        var calls = (await Get(DrawingUrl)).Json.GetProperty("substituteCalls").GetArrayLength()
            + (await Get($"/drawings/{secondDrawing}")).Json.GetProperty("substituteCalls").GetArrayLength();
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task A_replacement_starts_on_or_after_the_departure_and_a_departure_is_replaced_once()
    {
        var departed = await GivenAnActiveCouncil(volunteers: 2);
        await Post($"{Council}/members/{departed}/departure", new { reason = "resignation", leftOn = "2018-06-01" });
        object Volunteer(int n, string joinedOn) => new
        {
            memberId = Guid.Parse($"0190c1a0-0000-7000-8000-0000000c{n:x4}"),
            college = "residents", gender = "female", residenceQuartierCode = "QP999001", joinedOn, replaces = departed,
            person = new { firstName = "Sam", lastName = "Fictif" },
        };

        var early = await Post(MembersOf(CouncilId), Volunteer(1, "2018-05-20"));
        var first = await Post(MembersOf(CouncilId), Volunteer(1, "2018-06-01"));
        var second = await Post(MembersOf(CouncilId), Volunteer(2, "2018-06-15"));

        Assert.Equal("member.replaces-before-departure", early.ProblemCode);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.Status);
        Assert.Equal("member.already-replaced", second.ProblemCode);
    }
}
