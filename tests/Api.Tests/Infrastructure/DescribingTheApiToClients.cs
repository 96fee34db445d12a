using System.Text.Json;

namespace ConseilsCitoyens.Api.Tests.Infrastructure;

/// <summary>The OpenAPI document as a client generator reads it (build/contract.sh also lints it and runs generated clients).</summary>
public class DescribingTheApiToClients(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<JsonElement> Document() => (await Get("/openapi/v1.json")).Json;

    private static IEnumerable<(string Route, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (path.Name, op.Name, op.Value)));

    [Fact]
    public async Task Enums_are_strings_with_their_camel_case_values()
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas");

        var enums = schemas.EnumerateObject().Where(s => s.Value.TryGetProperty("enum", out _)).ToArray();
        Assert.NotEmpty(enums);
        Assert.All(enums, e => Assert.Equal("string", e.Value.GetProperty("type").GetString()));
        Assert.All(enums, e => Assert.DoesNotContain(e.Value.GetProperty("enum").EnumerateArray(), v => v.ValueKind == JsonValueKind.Null));
        Assert.Equal(["residents", "localActors"], schemas.GetProperty("College").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task A_field_with_a_default_declares_it_even_when_it_is_a_reference()
    {
        var join = (await Document()).GetProperty("components").GetProperty("schemas").GetProperty("JoinCouncilRequest").GetProperty("properties");

        Assert.Equal("volunteer", join.GetProperty("origin").GetProperty("default").GetString());
        Assert.False(join.GetProperty("isElectedOfficial").GetProperty("default").GetBoolean());
    }

    [Fact]
    public async Task Dates_are_inline_strings_and_an_empty_able_date_is_a_nullable_string()
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas");
        var meeting = schemas.GetProperty("MeetingResponse").GetProperty("properties");

        Assert.Equal(["null", "string"], meeting.GetProperty("heldOn").GetProperty("type").EnumerateArray().Select(t => t.GetString()).Order());
        Assert.Equal("date", meeting.GetProperty("heldOn").GetProperty("format").GetString());
        Assert.Equal("string", meeting.GetProperty("plannedFor").GetProperty("type").GetString());
        Assert.False(schemas.TryGetProperty("LocalDate", out _));
        Assert.False(schemas.TryGetProperty("Instant", out _));
    }

    [Fact]
    public async Task Problems_carry_their_code_errors_and_trace_id_and_stay_open()
    {
        var problem = (await Document()).GetProperty("components").GetProperty("schemas").GetProperty("Problem");

        foreach (var field in new[] { "type", "title", "status", "detail", "code", "errors", "traceId" })
            Assert.True(problem.GetProperty("properties").TryGetProperty(field, out _), field);
        // Absent means allowed: a problem may carry more (an import's lines in error).
        Assert.True(!problem.TryGetProperty("additionalProperties", out var more) || more.ValueKind == JsonValueKind.True);
    }

    [Fact]
    public async Task The_views_of_the_whole_programme_say_they_may_be_refused_as_busy()
    {
        string[] bound = ["/tableau-de-bord", "/report", "/report.csv", "/evaluation", "/evaluation.csv", "/evaluation/rapport", "/evaluation/rapport.json"];
        var document = await Document();
        string TooMany(string route) => document.GetProperty("paths").GetProperty(route).GetProperty("get").GetProperty("responses")
            .GetProperty("429").GetProperty("$ref").GetString()!;

        Assert.All(bound, route => Assert.Equal("#/components/responses/TooManyRequestsOrBusy", TooMany(route)));
        Assert.Equal("#/components/responses/TooManyRequests", TooMany("/councils/{councilId}/report"));
        Assert.Contains("busy", document.GetProperty("components").GetProperty("responses").GetProperty("TooManyRequestsOrBusy")
            .GetProperty("description").GetString());
    }

    [Fact]
    public async Task Every_operation_documents_its_problems_and_writes_their_own()
    {
        var document = await Document();

        Assert.All(Operations(document), op =>
        {
            var responses = op.Operation.GetProperty("responses");
            var expected = op.Method == "post" ? new[] { "400", "401", "403", "404", "409", "412", "413", "422", "429" } : ["400", "401", "403", "404", "429"];
            foreach (var status in expected)
                Assert.True(responses.TryGetProperty(status, out _), $"{op.Method} {op.Route} lacks {status}");
        });
        var stale = document.GetProperty("components").GetProperty("responses").GetProperty("Stale");
        Assert.Equal("#/components/schemas/Problem", stale.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task Writes_declare_their_headers_and_answers_their_version_and_location()
    {
        var paths = (await Document()).GetProperty("paths");

        var join = paths.GetProperty("/councils/{councilId}/members").GetProperty("post");
        var headers = join.GetProperty("parameters").EnumerateArray().Select(p => p.TryGetProperty("$ref", out var r) ? r.GetString() : null).ToArray();
        foreach (var name in new[] { "If-Match", "Idempotency-Key", "X-Correlation-Id", "X-On-Behalf-Of" })
            Assert.Contains($"#/components/parameters/{name}", headers);
        Assert.True(join.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));

        var create = paths.GetProperty("/councils").GetProperty("post");
        Assert.DoesNotContain("#/components/parameters/If-Match", create.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("$ref").GetString()));
        Assert.True(create.GetProperty("responses").GetProperty("201").GetProperty("headers").TryGetProperty("Location", out _));
    }

    [Fact]
    public async Task A_team_member_is_named_so_in_routes_and_in_the_coverage_answer()
    {
        var document = await Document();
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        var schemas = document.GetProperty("components").GetProperty("schemas");

        Assert.DoesNotContain(paths, p => p.Contains("{facilitatorId}", StringComparison.Ordinal));
        Assert.Contains("/team/{teamMemberId}/activity", paths);
        Assert.Contains("/team/{teamMemberId}/roadmaps", paths);
        Assert.True(schemas.GetProperty("CouncilCoverageResponse").GetProperty("properties").TryGetProperty("teamMembers", out _));
        Assert.True(schemas.GetProperty("CoverResponse").GetProperty("properties").TryGetProperty("teamMemberId", out _));
    }

    [Fact]
    public async Task A_person_s_details_are_read_with_their_etag_and_corrected_with_if_match()
    {
        var person = (await Document()).GetProperty("paths").GetProperty("/people/{personId}");
        var details = (await Document()).GetProperty("paths").GetProperty("/people/{personId}/details").GetProperty("post");

        Assert.True(person.GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));
        Assert.Contains("#/components/parameters/If-Match", details.GetProperty("parameters").EnumerateArray()
            .Select(p => p.TryGetProperty("$ref", out var r) ? r.GetString() : null));
        Assert.True(details.GetProperty("responses").GetProperty("200").GetProperty("headers").TryGetProperty("ETag", out _));
    }

    [Fact]
    public async Task Query_parameters_are_typed_and_described_and_reports_state_the_one_period_rule()
    {
        var document = await Document();

        var queries = Operations(document)
            .SelectMany(op => op.Operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Where(p => p.TryGetProperty("in", out var at) && at.GetString() == "query")
            .ToArray();
        Assert.All(queries, q => Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("description").GetString())));
        var report = document.GetProperty("paths").GetProperty("/report").GetProperty("get");
        var year = report.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "year");
        Assert.Equal("integer", year.GetProperty("schema").GetProperty("type").GetString());
        Assert.Contains("exactly one of", report.GetProperty("description").GetString());
    }

    [Fact]
    public async Task The_document_names_itself_its_server_and_its_tags()
    {
        var document = await Document();

        Assert.DoesNotContain(document.GetProperty("servers").EnumerateArray(), s => s.GetProperty("url").GetString()!.EndsWith('/'));
        Assert.True(document.GetProperty("info").TryGetProperty("contact", out _));
        Assert.True(document.GetProperty("info").TryGetProperty("license", out _));
        Assert.False(string.IsNullOrWhiteSpace(document.GetProperty("info").GetProperty("description").GetString()));
        Assert.All(document.GetProperty("tags").EnumerateArray(), t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("description").GetString())));
        Assert.All(Operations(document), op => Assert.DoesNotContain("_", op.Operation.GetProperty("operationId").GetString()));
    }

    [Fact]
    public async Task An_operation_keeps_its_own_description_and_adds_who_may_call_it()
    {
        var import = (await Document()).GetProperty("paths").GetProperty("/quartiers/imports").GetProperty("post");

        Assert.Equal("ImportQuartiers", import.GetProperty("operationId").GetString());
        Assert.Contains("code_qp", import.GetProperty("description").GetString());
        Assert.Contains("Roles allowed: administrator, coordinator.", import.GetProperty("description").GetString());
    }
}
