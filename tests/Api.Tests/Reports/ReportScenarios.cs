using System.Net;
using System.Text.Json;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Reports;

/// <summary>
/// A council of the 18e (fictional quartier) in the first half of 2018: three residents, two held
/// meetings with registers, a proposal answered in 42 days, a steering session without a
/// representative, a supported initiative. Every id and date is fixed so the report is stable.
/// </summary>
public abstract class ReportTest(ApiFixture fixture) : ApiTest(fixture)
{
    public static readonly Guid Second = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a2");
    public static readonly Guid Third = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a3");
    public static readonly string CouncilReport = $"/councils/{CouncilId}/report";

    protected async Task GivenACouncilWithAHalfYearOfActivity()
    {
        await Expect(HttpStatusCode.Created, Post("/quartiers", Quartier()));
        await Expect(HttpStatusCode.Created, Post("/councils", Council()));
        foreach (var member in new[] { MemberId, Second, Third })
            await Expect(HttpStatusCode.Created, Post(MembersOf(CouncilId), Resident(memberId: member)));

        await Meeting(Guid.Parse("0190c1a0-0000-7000-8000-0000000000b1"), "2018-03-12", "2018-03-14", "member",
            (MemberId, "present"), (Second, "present"), (Third, "absent"));
        await Meeting(Guid.Parse("0190c1a0-0000-7000-8000-0000000000b2"), "2018-05-14", "2018-05-16", "facilitator",
            (MemberId, "present"), (Second, "present"), (Third, "present"));

        var proposal = Guid.Parse("0190c1a0-0000-7000-8000-0000000000c1");
        await Expect(HttpStatusCode.Created, Post($"/councils/{CouncilId}/proposals", new
        {
            id = proposal, kind = "proposal", subject = "Éclairage du square", majorityPosition = "Installer un éclairage.",
            reachedByConsensus = true, addressedTo = "Mairie du 18e", filedOn = "2018-01-08",
        }));
        await Expect(HttpStatusCode.OK, Post($"/proposals/{proposal}/answer", new
        {
            outcome = "accepted", answerText = "Les travaux sont programmés.", answeredBy = "Mairie du 18e", answeredOn = "2018-02-19",
        }));

        await Expect(HttpStatusCode.Created, Post($"/councils/{CouncilId}/steering-sessions", new
        {
            id = Guid.Parse("0190c1a0-0000-7000-8000-0000000000d1"), body = "steeringCommittee", heldOn = "2018-02-12",
            invited = true, representativeIds = Array.Empty<Guid>(), spoke = false, contributedInWriting = false,
        }));

        var initiative = Guid.Parse("0190c1a0-0000-7000-8000-0000000000e1");
        await Expect(HttpStatusCode.Created, Post($"/councils/{CouncilId}/initiatives", new
        {
            id = initiative, title = "Fête de quartier", description = "Une fête entre voisins.", launchedOn = "2018-01-15",
        }));
        await Expect(HttpStatusCode.OK, Post($"/initiatives/{initiative}/support", new
        {
            supportId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000e2"), kind = "financial", by = "Ville de Paris",
            amountCents = 150_000, fund = "Fonds de participation des habitants", supportedOn = "2018-03-05",
        }));
    }

    private async Task Meeting(Guid id, string plannedFor, string heldOn, string convenerAndChair, params (Guid Member, string Presence)[] register)
    {
        object actor = convenerAndChair == "member" ? new { kind = "member", memberId = MemberId } : new { kind = "facilitator" };
        await Expect(HttpStatusCode.Created, Post($"/councils/{CouncilId}/meetings", new { id, kind = "plenary", plannedFor, convenedBy = actor }));
        await Expect(HttpStatusCode.OK, Post($"/meetings/{id}/held", new { heldOn, chairedBy = actor }));
        await Expect(HttpStatusCode.OK, Post($"/meetings/{id}/attendance",
            new { register = register.Select(e => new { memberId = e.Member, presence = e.Presence }).ToArray() }));
    }

    /// <summary>Setting up must succeed: a refusal would make the figures meaningless.</summary>
    protected static async Task Expect(HttpStatusCode status, Task<Answer> answer)
    {
        var a = await answer;
        Assert.True(a.Status == status || (status == HttpStatusCode.Created && a.Status == HttpStatusCode.OK), $"{(int)a.Status}: {a.Body}");
    }

    protected static JsonElement Indicator(Answer report, string id) =>
        report.Json.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    protected static decimal? Value(Answer report, string id) =>
        Indicator(report, id).GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;
}
