using Conseils.Contract;
using Conseils.Kiota;
using Conseils.Kiota.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

// The README's "Try it" flow through the Kiota client: usage KiotaFlow <base url> <administrator token>.
var (baseUrl, token) = (args[0], args[1]);
var http = KiotaClientFactory.Create(); // with Kiota's handlers, which read the response headers
http.DefaultRequestHeaders.Authorization = new("Bearer", token);
var client = new ConseilsClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = baseUrl });

// Each client flow draws from its own hundred (the demo uses QP99901x–QP99920x, QP999999 stays unknown): the two flows share one database.
var code = $"QP9998{Random.Shared.Next(100):00}";
var councilId = Guid.CreateVersion7();
Guid memberId = default, meetingId = default;
string councilETag = "", meetingETag = "";

return await Flow.Run("kiota",
    ("register a quartier", async () =>
    {
        var quartier = await client.Quartiers.PostAsync(new RegisterQuartierRequest
            { Code = code, Name = "Quartier de démonstration", ArrondissementCode = "75118", Generation = MapGeneration.Qpv2015 });
        Flow.Expect(quartier?.Code == code, $"the quartier came back as {quartier?.Code}");
    }),
    ("create a council: 201, ETag \"1\"", async () =>
    {
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        var council = await client.Councils.PostAsync(
            new CreateCouncilRequest { Id = councilId, Name = "Conseil citoyen de démonstration", QuartierCodes = [code], CreatedOn = new Date(2017, 3, 6) },
            config => config.Options.Add(headers));
        councilETag = ETag(headers);
        Flow.Expect(council?.Id == councilId && councilETag == "\"1\"", $"council {council?.Id}, ETag {councilETag}");
    }),
    ("a resident joins with If-Match: ETag \"2\"", async () =>
    {
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        var joined = await client.Councils[councilId].Members.PostAsync(Resident(code), config =>
        {
            config.Headers.Add("If-Match", councilETag);
            config.Options.Add(headers);
        });
        memberId = joined!.MemberId!.Value;
        Flow.Expect(ETag(headers) == "\"2\"", $"ETag {ETag(headers)}");
    }),
    ("the same If-Match again: 412, code version.stale", async () =>
    {
        var problem = await Refused(() => client.Councils[councilId].Members.PostAsync(Resident(code), config => config.Headers.Add("If-Match", councilETag)));
        Flow.Expect(problem.ResponseStatusCode == 412 && problem.Code == "version.stale", $"{problem.ResponseStatusCode} {problem.Code}");
    }),
    ("read the council: one resident, origin volunteer by default", async () =>
    {
        var council = await client.Councils[councilId].GetAsync();
        var member = council!.Members!.Single();
        Flow.Expect(member.MemberId == memberId && member.Origin == MemberOrigin.Volunteer && member.LeftOn is null,
            $"member {member.MemberId}, origin {member.Origin}, left on {member.LeftOn}");
    }),
    ("plan a meeting, then hold it: heldOn comes back as a date", async () =>
    {
        var planned = await client.Councils[councilId].Meetings.PostAsync(new PlanMeetingRequest
        {
            Kind = MeetingKind.Plenary, PlannedFor = new Date(2017, 5, 10), ConvenedBy = new Actor { Kind = ActorKind.Member, MemberId = memberId },
        });
        meetingId = planned!.Id!.Value;
        meetingETag = $"\"{planned.Version}\"";
        Flow.Expect(planned.HeldOn is null, $"a planned meeting held on {planned.HeldOn}");
        var held = await client.Meetings[meetingId].Holding.PostAsync(
            new HoldMeetingRequest { HeldOn = new Date(2017, 5, 10), ChairedBy = new Actor { Kind = ActorKind.Member, MemberId = memberId } },
            config => config.Headers.Add("If-Match", meetingETag));
        Flow.Expect(Equals(held?.HeldOn, new Date(2017, 5, 10)) && held!.Status == MeetingStatus.Held, $"held on {held?.HeldOn}, status {held?.Status}");
    }),
    ("the council's report for 2017", async () =>
    {
        var report = await client.Councils[councilId].Report.GetAsync(config => { config.QueryParameters.Year = 2017; });
        Flow.Expect(Equals(report?.From, new Date(2017, 1, 1)) && report!.Indicators is { Count: > 0 }, $"report from {report?.From}");
    }),
    ("a council on an unknown quartier: 422, code council.unknown-quartier", async () =>
    {
        var problem = await Refused(() => client.Councils.PostAsync(new CreateCouncilRequest
            { Name = "Conseil sans quartier", QuartierCodes = ["QP999999"], CreatedOn = new Date(2017, 3, 6) }));
        Flow.Expect(problem.ResponseStatusCode == 422 && problem.Code == "council.unknown-quartier", $"{problem.ResponseStatusCode} {problem.Code}");
    }));

static JoinCouncilRequest Resident(string code) => new()
{
    College = College.Residents, Gender = Gender.Female, ResidenceQuartierCode = code, JoinedOn = new Date(2017, 4, 3),
    Person = new PersonalDetailsRequest { FirstName = "Camille", LastName = "Exemple" },
};

static string ETag(HeadersInspectionHandlerOption headers) =>
    headers.ResponseHeaders.TryGetValue("ETag", out var values) ? values.Single() : "";

static async Task<Problem> Refused(Func<Task> act)
{
    try
    {
        await act();
    }
    catch (Problem problem)
    {
        return problem;
    }
    throw new InvalidOperationException("the call succeeded; a problem was expected");
}
