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
        await Expect(HttpStatusCode.OK, Post($"/initiatives/{initiative}/supports", new
        {
            supportId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000e2"), kind = "financial", by = "Ville de Paris",
            amountCents = 150_000, fund = "Fonds de participation des habitants", supportedOn = "2018-03-05",
        }));
    }

    public static readonly Guid ConventionId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000c9");
    public static readonly Guid PriorityId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000f9");
    public static readonly Guid FirstActionId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000fa");
    public static readonly Guid SecondActionId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000fb");
    public static readonly Guid CancelledMobilisation = Guid.Parse("0190c1a0-0000-7000-8000-0000000000fc");

    /// <summary>
    /// The half year above inside a convention of three years from 2016-04-01 — year 1 to
    /// 2017-03-31, year 2 to 2018-03-31, year 3 (running on the API's today, 2018-06-30) to
    /// 2019-03-31 — with its targets, and the team's work: a facilitator (from 2017-09-04, on the
    /// council from 2017-09-11) trained 7 h on 2017-10-02 and 3.5 h on 2018-05-14, mobilising 12
    /// residents on 2017-11-06, 8 on 2018-04-09 and 5 on 2018-05-07 (cancelled today), immersed with
    /// a partner on 2017-10-16 and 2018-06-26, and a roadmap: one action done on 2018-01-22, one
    /// proposed on 2018-04-03, due 2018-05-31, never started.
    /// </summary>
    protected async Task GivenThreeConventionYears()
    {
        await GivenACouncilWithAHalfYearOfActivity();
        await Expect(HttpStatusCode.Created, Post("/conventions", new
        {
            id = ConventionId, title = "Convention d'objectifs d'essai", sponsors = new[] { "Ville de Paris" }, coordinatingPartner = "Coordination d'essai",
            contractType = "convention d'objectifs", startsOn = "2016-04-01", durationYears = 3, objectives = new[] { "Autonomie des conseils" },
            signedOn = "2016-03-15",
        }));
        foreach (var (indicator, year, value) in new[] { ("meetings-held", 1, 1m), ("meetings-held", 2, 2m), ("meetings-held", 3, 4m),
                     ("training-hours", 2, 10m), ("residents-reached", 3, 30m) })
            await Expect(HttpStatusCode.OK, Post($"/conventions/{ConventionId}/targets", new { indicatorId = indicator, year, value, setOn = "2016-03-21" }));
        await Expect(HttpStatusCode.OK, Post($"/conventions/{ConventionId}/targets/meetings-held/3/revisions",
            new { value = 3m, reason = "Des plénières plus longues", revisedOn = "2018-06-01" }));

        var team = $"/team/{Team.TeamScenarios.FacilitatorId}";
        await Expect(HttpStatusCode.Created, GivenTheFacilitator());
        await Expect(HttpStatusCode.Created, Post($"{team}/assignments", Team.TeamScenarios.Assignment(CouncilId)));
        await Expect(HttpStatusCode.OK, Post($"{team}/trainings", new { topic = "Animation", hours = 7m, on = "2017-10-02" }));
        await Expect(HttpStatusCode.OK, Post($"{team}/trainings", new { topic = "Médiation", hours = 3.5m, on = "2018-05-14" }));
        foreach (var (reached, on, entry) in new[] { (12, "2017-11-06", Guid.Parse("0190c1a0-0000-7000-8000-0000000000fd")),
                     (8, "2018-04-09", Guid.Parse("0190c1a0-0000-7000-8000-0000000000fe")), (5, "2018-05-07", CancelledMobilisation) })
            await Expect(HttpStatusCode.Created, Post(Activity.ActivityScenarios.MobilisationsUrl,
                Activity.ActivityScenarios.Mobilisation(reached, 0, on, entry)));
        await Expect(HttpStatusCode.OK, Post(Activity.ActivityScenarios.CancellationUrl(CancelledMobilisation), new { reason = "Doublon" }));

        await Expect(HttpStatusCode.Created, Post("/partners", Partners.PartnerScenarios.Partner()));
        await Expect(HttpStatusCode.Created, Post("/immersions", Partners.PartnerScenarios.Immersion("2017-10-16")));
        await Expect(HttpStatusCode.Created, Post("/immersions",
            Partners.PartnerScenarios.Immersion("2018-06-26", id: Guid.Parse("0190c1a0-0000-7000-8000-0000000e0002"))));

        await Expect(HttpStatusCode.Created, Post("/quartiers/QP999001/diagnostic/versions", Diagnostics.DiagnosticScenarios.Version("2017-06-01",
            ["Peu de lieux de rencontre"], Diagnostics.DiagnosticScenarios.Priority("Créer des lieux de rencontre", id: PriorityId))));
        var roadmap = (await Post("/roadmaps", new
        {
            facilitatorId = Team.TeamScenarios.FacilitatorId, councilId = CouncilId,
            action = new { actionId = FirstActionId, title = "Café des habitants", kind = "action", priorityId = PriorityId, dueOn = "2017-12-15", rank = 1, proposedOn = "2017-09-18" },
        })).Location!;
        await Expect(HttpStatusCode.OK, Post($"{roadmap}/actions/{FirstActionId}/commencement", new { startedOn = "2017-10-02" }));
        await Expect(HttpStatusCode.OK, Post($"{roadmap}/actions/{FirstActionId}/completion", new { outcome = "Un café par mois", doneOn = "2018-01-22" }));
        await Expect(HttpStatusCode.Created, Post($"{roadmap}/actions", new
        {
            actionId = SecondActionId, title = "Jardin partagé", kind = "project", priorityId = PriorityId, dueOn = "2018-05-31", rank = 2, proposedOn = "2018-04-03",
        }));
    }

    private async Task Meeting(Guid id, string plannedFor, string heldOn, string convenerAndChair, params (Guid Member, string Presence)[] register)
    {
        object actor = convenerAndChair == "member" ? new { kind = "member", memberId = MemberId } : new { kind = "facilitator" };
        await Expect(HttpStatusCode.Created, Post($"/councils/{CouncilId}/meetings", new { id, kind = "plenary", plannedFor, convenedBy = actor }));
        await Expect(HttpStatusCode.OK, Post($"/meetings/{id}/holding", new { heldOn, chairedBy = actor }));
        await Expect(HttpStatusCode.OK, Post($"/meetings/{id}/attendance",
            new { register = register.Select(e => new { memberId = e.Member, presence = e.Presence }).ToArray() }));
    }

    /// <summary>Setting up must succeed: a refusal would make the figures meaningless.</summary>
    protected static async Task Expect(HttpStatusCode status, Task<Answer> answer)
    {
        var a = await answer;
        Assert.True(a.Status == status || (status == HttpStatusCode.Created && a.Status == HttpStatusCode.OK), $"{(int)a.Status}: {a.Body}");
    }

    protected async Task<(HttpStatusCode Status, byte[] Bytes, string? ContentType, string? FileName)> Download(string url)
    {
        using var response = await Fixture.Client().GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsByteArrayAsync(),
            response.Content.Headers.ContentType?.ToString(), response.Content.Headers.ContentDisposition?.FileName);
    }

    protected static JsonElement Indicator(Answer report, string id) =>
        report.Json.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    protected static decimal? Value(Answer report, string id) =>
        Indicator(report, id).GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;
}
