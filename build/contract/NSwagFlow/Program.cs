using Conseils.Contract;
using Conseils.NSwag;

// The README's "Try it" flow through the NSwag client: usage NSwagFlow <base url> <administrator token>.
var (baseUrl, token) = (args[0], args[1]);
var http = new HttpClient();
http.DefaultRequestHeaders.Authorization = new("Bearer", token);
var client = new ConseilsClient(http) { BaseUrl = baseUrl };

// Each client flow draws from its own hundred (the demo uses QP99901x–QP99920x, QP999999 stays unknown): the two flows share one database.
var code = $"QP9997{Random.Shared.Next(100):00}";
var councilId = Guid.CreateVersion7();
Guid memberId = default, meetingId = default;
string councilETag = "", meetingETag = "";

return await Flow.Run("nswag",
    ("register a quartier", async () =>
    {
        var quartier = await client.RegisterQuartierAsync(null, null, null, new RegisterQuartierRequest
            { Code = code, Name = "Quartier de démonstration", ArrondissementCode = "75118", Generation = MapGeneration.Qpv2015 });
        Flow.Expect(quartier.StatusCode == 201 && quartier.Result.Code == code, $"{quartier.StatusCode} {quartier.Result.Code}");
    }),
    ("create a council: 201, ETag \"1\"", async () =>
    {
        var council = await client.CreateCouncilAsync(null, null, null, new CreateCouncilRequest
            { Id = councilId, Name = "Conseil citoyen de démonstration", QuartierCodes = [code], CreatedOn = new DateTimeOffset(2017, 3, 6, 0, 0, 0, TimeSpan.Zero) });
        councilETag = ETag(council);
        Flow.Expect(council.StatusCode == 201 && council.Result.Id == councilId && councilETag == "\"1\"", $"{council.StatusCode} ETag {councilETag}");
    }),
    ("a resident joins with If-Match: ETag \"2\"", async () =>
    {
        var joined = await client.JoinCouncilAsync(councilId, councilETag, null, null, null, Resident(code));
        memberId = joined.Result.MemberId;
        Flow.Expect(ETag(joined) == "\"2\"", $"ETag {ETag(joined)}");
    }),
    ("the same If-Match again: 412, code version.stale", async () =>
    {
        var problem = await Refused(() => client.JoinCouncilAsync(councilId, councilETag, null, null, null, Resident(code)));
        Flow.Expect(problem.StatusCode == 412 && problem.Result.Code == "version.stale", $"{problem.StatusCode} {problem.Result.Code}");
    }),
    ("read the council: one resident, origin volunteer by default", async () =>
    {
        var council = await client.GetCouncilAsync(councilId, null, null);
        var member = council.Result.Members.Single();
        Flow.Expect(member.MemberId == memberId && member.Origin == MemberOrigin.Volunteer && member.LeftOn is null,
            $"member {member.MemberId}, origin {member.Origin}, left on {member.LeftOn}");
    }),
    ("plan a meeting, then hold it: heldOn comes back as a date", async () =>
    {
        var may10 = new DateTimeOffset(2017, 5, 10, 0, 0, 0, TimeSpan.Zero);
        var planned = await client.PlanMeetingAsync(councilId, null, null, null, new PlanMeetingRequest
            { Kind = MeetingKind.Plenary, PlannedFor = may10, ConvenedBy = new Actor { Kind = ActorKind.Member, MemberId = memberId } });
        meetingId = planned.Result.Id;
        meetingETag = ETag(planned);
        Flow.Expect(planned.Result.HeldOn is null, $"a planned meeting held on {planned.Result.HeldOn}");
        var held = await client.HoldMeetingAsync(meetingId, meetingETag, null, null, null,
            new HoldMeetingRequest { HeldOn = may10, ChairedBy = new Actor { Kind = ActorKind.Member, MemberId = memberId } });
        Flow.Expect(held.Result.HeldOn?.Date == may10.Date && held.Result.Status == MeetingStatus.Held, $"held on {held.Result.HeldOn}, status {held.Result.Status}");
    }),
    ("the council's report for 2017", async () =>
    {
        var report = await client.GetCouncilReportAsync(councilId, null, null, 2017, null, null, null, null, null, null);
        Flow.Expect(report.Result.From.Date == new DateTime(2017, 1, 1) && report.Result.Indicators.Count > 0, $"report from {report.Result.From}");
    }),
    ("a council on an unknown quartier: 422, code council.unknown-quartier", async () =>
    {
        var problem = await Refused(() => client.CreateCouncilAsync(null, null, null, new CreateCouncilRequest
            { Name = "Conseil sans quartier", QuartierCodes = ["QP999999"], CreatedOn = new DateTimeOffset(2017, 3, 6, 0, 0, 0, TimeSpan.Zero) }));
        Flow.Expect(problem.StatusCode == 422 && problem.Result.Code == "council.unknown-quartier", $"{problem.StatusCode} {problem.Result.Code}");
    }));

static JoinCouncilRequest Resident(string code) => new()
{
    College = College.Residents, Gender = Gender.Female, ResidenceQuartierCode = code, JoinedOn = new DateTimeOffset(2017, 4, 3, 0, 0, 0, TimeSpan.Zero),
    Person = new PersonalDetailsRequest { FirstName = "Camille", LastName = "Exemple" },
};

static string ETag(SwaggerResponse response) =>
    response.Headers.TryGetValue("ETag", out var values) ? values.Single() : "";

static async Task<ApiException<Problem>> Refused(Func<Task> act)
{
    try
    {
        await act();
    }
    catch (ApiException<Problem> problem)
    {
        return problem;
    }
    throw new InvalidOperationException("the call succeeded; a problem was expected");
}
