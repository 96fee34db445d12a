using System.Net;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using ConseilsCitoyens.Projections.Maintenance;
using static ConseilsCitoyens.Api.Tests.Meetings.MeetingScenarios;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Audit;

public class QueryingTheLog(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly Guid OtherCouncilId = Guid.Parse("0190c1a0-0000-7000-8000-000000000002");
    // Not the scenarios' proposal id, which is also their meeting's.
    private static readonly Guid ProposalId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000b9");

    /// <summary>
    /// Two quartiers, a council on each, a resident who joins the first (recorded by coordinator-7
    /// under the correlation id corr-join) and a meeting of the first council in a stream of its own.
    /// </summary>
    private async Task GivenTwoCouncils()
    {
        await Post("/quartiers", Quartier());
        await Post("/quartiers", Quartier("QP999002", "Autre quartier d'essai"));
        await Post("/councils", Council());
        await Fixture.Host.Scenario(s =>
        {
            s.Post.Json(Resident()).ToUrl(MembersOf(CouncilId));
            s.WithRequestHeader("Authorization", "Bearer " + Fixture.TokenFor("coordinator", "coordinator-7"));
            s.WithRequestHeader("X-Correlation-Id", "corr-join");
        });
        Assert.Equal(HttpStatusCode.Created, (await Post("/councils", new
        {
            id = OtherCouncilId,
            name = "Autre conseil d'essai",
            quartierCodes = new[] { "QP999002" },
            createdOn = "2017-03-07",
        })).Status);
        Assert.Equal(HttpStatusCode.Created, (await Post(MeetingsOf(CouncilId), Plan())).Status);
    }

    private async Task<JsonElement[]> Events(string query = "", string role = "auditor")
    {
        var answer = await Get("/audit/events" + query, role);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(JsonValueKind.Null, answer.Json.GetProperty("next").ValueKind);
        return [.. answer.Json.GetProperty("events").EnumerateArray()];
    }

    private async Task<long> EventsInTheLog()
    {
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        return await Marten.QueryableExtensions.CountAsync(session.Events.QueryAllRawEvents());
    }

    private static Guid Stream(JsonElement e) => e.GetProperty("streamId").GetGuid();

    private static string Type(JsonElement e) => e.GetProperty("type").GetString()!;

    private static Instant Recorded(JsonElement e) => InstantPattern.ExtendedIso.Parse(e.GetProperty("recordedAt").GetString()!).Value;

    [Fact]
    public async Task The_whole_log_comes_in_global_sequence_order()
    {
        await GivenTwoCouncils();

        var events = await Events();

        Assert.Equal(await EventsInTheLog(), events.Length);
        var sequences = events.Select(e => e.GetProperty("sequence").GetInt64()).ToArray();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Length, sequences.Distinct().Count());
    }

    [Fact]
    public async Task A_stream_s_events_show_their_versions_business_dates_attribution_and_payload()
    {
        await GivenTwoCouncils();

        var events = await Events($"?stream={CouncilId}");

        Assert.All(events, e => Assert.Equal(CouncilId, Stream(e)));
        Assert.Equal(Enumerable.Range(1, events.Length).Select(v => (long)v), events.Select(e => e.GetProperty("version").GetInt64()));
        var created = events[0];
        Assert.Equal("council_created", Type(created));
        Assert.Equal("2017-03-06", created.GetProperty("businessDate").GetString());
        Assert.Equal("test-administrator", created.GetProperty("actor").GetString());
        Assert.Equal("administrator", created.GetProperty("role").GetString());
        var joined = events.Single(e => Type(e) == "member_joined");
        Assert.Equal("2017-04-03", joined.GetProperty("businessDate").GetString());
        Assert.Equal("coordinator-7", joined.GetProperty("actor").GetString());
        Assert.Equal("coordinator", joined.GetProperty("role").GetString());
        Assert.Equal("corr-join", joined.GetProperty("correlationId").GetString());
        Assert.Equal(MemberId, joined.GetProperty("payload").GetProperty("memberId").GetGuid());
        Assert.True(Recorded(joined) > Instant.FromUtc(2020, 1, 1, 0, 0), "recorded is the database's time, not the business date");
    }

    [Fact]
    public async Task A_council_s_events_include_those_of_other_streams_that_name_it()
    {
        await GivenTwoCouncils();

        var events = await Events($"?council={CouncilId}");

        Assert.Contains(events, e => Type(e) == "member_joined");
        Assert.Contains(events, e => Type(e) == "meeting_planned" && Stream(e) == MeetingId);
        Assert.All(events, e => Assert.True(Stream(e) == CouncilId || e.GetProperty("payload").GetProperty("councilId").GetGuid() == CouncilId));
        Assert.DoesNotContain(events, e => Stream(e) == OtherCouncilId || Type(e) == "quartier_registered");
    }

    /// <summary>A proposal of the first council, filed on 2017-10-02 and answered on 2017-11-13.</summary>
    private async Task GivenAnAnsweredProposal()
    {
        await GivenTwoCouncils();
        Assert.Equal(HttpStatusCode.Created, (await Post(Proposals.ProposalScenarios.ProposalsOf(CouncilId), Proposals.ProposalScenarios.Unanimous(ProposalId))).Status);
        Assert.Equal(HttpStatusCode.OK, (await Post($"{Proposals.ProposalScenarios.ProposalAt(ProposalId)}/answer", Proposals.ProposalScenarios.Answer())).Status);
    }

    [Fact]
    public async Task Events_of_every_stream_carry_their_business_date_and_are_found_by_their_council()
    {
        await GivenAnAnsweredProposal();

        var council = await Events($"?council={CouncilId}");
        var november = await Events("?from=2017-11-13&to=2017-11-13");

        Assert.Equal("2018-03-12", council.Single(e => Type(e) == "meeting_planned").GetProperty("businessDate").GetString());
        Assert.Equal("2017-11-13", council.Single(e => Type(e) == "proposal_answered").GetProperty("businessDate").GetString());
        Assert.Equal(["proposal_answered"], november.Select(Type));
        Assert.DoesNotContain(await Events($"?council={OtherCouncilId}"), e => Type(e) == "proposal_answered");
    }

    [Fact]
    public async Task An_answer_stored_before_answers_named_their_council_is_found_through_its_proposal()
    {
        await GivenAnAnsweredProposal();
        await EventLogMaintenance.RunAsync(Fixture.Store,
            "update conseils.mt_events set data = data - 'councilId' where type = 'proposal_answered'");

        var council = await Events($"?council={CouncilId}");

        var answer = council.Single(e => Type(e) == "proposal_answered");
        Assert.False(answer.GetProperty("payload").TryGetProperty("councilId", out _));
        Assert.Equal("2017-11-13", answer.GetProperty("businessDate").GetString());
        Assert.DoesNotContain(await Events($"?council={OtherCouncilId}"), e => Type(e) == "proposal_answered");
    }

    [Fact]
    public async Task A_quartier_s_events_are_those_of_the_councils_covering_it()
    {
        await GivenTwoCouncils();

        var first = await Events("?quartier=QP999001");
        var second = await Events("?quartier=qp999002");

        Assert.Equal((await Events($"?council={CouncilId}")).Select(Stream), first.Select(Stream));
        Assert.All(second, e => Assert.Equal(OtherCouncilId, Stream(e)));
        Assert.Single(second);
        Assert.Empty(await Events("?quartier=QP999009"));
        Assert.Empty(await Events($"?quartier=QP999002&council={CouncilId}"));
    }

    [Fact]
    public async Task Events_of_several_types_are_chosen_by_marten_s_type_names()
    {
        await GivenTwoCouncils();

        var events = await Events("?type=member_joined&type=council_created");

        Assert.Equal(["council_created", "member_joined", "council_created"], events.Select(Type));
    }

    [Fact]
    public async Task An_actor_s_events_are_those_appended_under_their_token()
    {
        await GivenTwoCouncils();

        var events = await Events("?actor=coordinator-7");

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("coordinator-7", e.GetProperty("actor").GetString()));
        Assert.Contains(events, e => Type(e) == "member_joined");
        Assert.Empty(await Events("?actor=facilitator-8"));
    }

    [Fact]
    public async Task A_correlation_id_finds_the_events_of_the_request_that_sent_it()
    {
        await GivenTwoCouncils();

        var events = await Events("?correlation=corr-join");

        Assert.Equal("member_joined", Type(Assert.Single(events, e => Type(e) == "member_joined")));
        Assert.All(events, e => Assert.Equal("corr-join", e.GetProperty("correlationId").GetString()));
        Assert.Equal(await Events("?actor=coordinator-7"), events, JsonComparer.Instance);
    }

    [Fact]
    public async Task A_recorded_range_is_half_open_and_splits_the_log_in_two()
    {
        await GivenTwoCouncils();
        var all = await Events();
        var middle = InstantPattern.ExtendedIso.Format(Recorded(all[all.Length / 2]));

        var since = await Events($"?recordedFrom={middle}");
        var before = await Events($"?recordedTo={middle}");

        Assert.NotEmpty(since);
        Assert.NotEmpty(before);
        Assert.All(since, e => Assert.True(Recorded(e) >= Recorded(all[all.Length / 2])));
        Assert.All(before, e => Assert.True(Recorded(e) < Recorded(all[all.Length / 2])));
        Assert.Equal(all.Length, since.Length + before.Length);
        Assert.Empty(await Events($"?recordedFrom={middle}&recordedTo={middle}"));
    }

    [Fact]
    public async Task A_business_range_keeps_only_events_dated_within_it()
    {
        await GivenTwoCouncils();

        var march = await Events("?from=2017-03-01&to=2017-03-31");
        var april = await Events("?from=2017-04-03&to=2017-04-03");

        Assert.Equal([CouncilId, OtherCouncilId], march.Where(e => Type(e) == "council_created").Select(Stream));
        Assert.All(march, e => Assert.StartsWith("2017-03-", e.GetProperty("businessDate").GetString()));
        Assert.Contains(april, e => Type(e) == "member_joined");
        Assert.All(april, e => Assert.Equal("2017-04-03", e.GetProperty("businessDate").GetString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?from=2017-01-01")]
    public async Task Following_the_cursor_visits_every_event_exactly_once(string filter)
    {
        await GivenTwoCouncils();
        var expected = (await Events(filter)).Select(e => e.GetProperty("sequence").GetInt64()).ToArray();

        var visited = new List<long>();
        long? next = 0;
        var pages = 0;
        while (next is { } after)
        {
            var page = (await Get($"/audit/events{(filter == "" ? "?" : filter + "&")}limit=2&after={after}", "auditor")).Json;
            var events = page.GetProperty("events").EnumerateArray().ToArray();
            Assert.InRange(events.Length, 1, 2);
            visited.AddRange(events.Select(e => e.GetProperty("sequence").GetInt64()));
            next = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetInt64();
            pages++;
        }

        Assert.True(expected.Length >= 3, "enough events for two pages");
        Assert.Equal(expected, visited);
        Assert.Equal((expected.Length + 1) / 2, pages);
    }

    [Fact]
    public async Task The_export_has_one_json_line_per_event()
    {
        await GivenTwoCouncils();

        var all = await Get("/audit/events.jsonl", "auditor");
        var council = await Get($"/audit/events.jsonl?council={CouncilId}", "auditor");

        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.Equal("application/x-ndjson", all.ContentType);
        var lines = all.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(await EventsInTheLog(), lines.Length);
        Assert.True(all.Body.EndsWith('\n'));
        var parsed = lines.Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(await Events(), parsed, JsonComparer.Instance);
        Assert.Equal(await Events($"?council={CouncilId}"),
            council.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement),
            JsonComparer.Instance);
    }

    [Theory]
    [InlineData("/audit/events")]
    [InlineData("/audit/events.jsonl")]
    public async Task Sponsors_may_not_read_the_log_and_administrators_may(string url)
    {
        await GivenTwoCouncils();

        Assert.Equal(HttpStatusCode.Forbidden, (await Get(url, "sponsor")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Get(url, "administrator")).Status);
    }

    [Theory]
    [InlineData("stream", "?stream=not-a-guid")]
    [InlineData("council", "?council=123")]
    [InlineData("recordedFrom", "?recordedFrom=yesterday")]
    [InlineData("recordedTo", "?recordedTo=2018-06-30")]
    [InlineData("recordedTo", "?recordedFrom=2018-06-30T00:00:00Z&recordedTo=2018-01-01T00:00:00Z")]
    [InlineData("from", "?from=2018-13-01")]
    [InlineData("to", "?from=2018-02-01&to=2018-01-01")]
    [InlineData("after", "?after=-1")]
    [InlineData("limit", "?limit=0")]
    [InlineData("limit", "?limit=1001")]
    [InlineData("limit", "?limit=ten")]
    public async Task A_malformed_filter_is_a_problem_naming_the_parameter(string parameter, string query)
    {
        var answer = await Get("/audit/events" + query, "auditor");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.True(answer.Json.GetProperty("errors").TryGetProperty(parameter, out _), answer.Body);
        if (parameter != "limit")
            Assert.Equal(HttpStatusCode.BadRequest, (await Get("/audit/events.jsonl" + query, "auditor")).Status);
    }

    private sealed class JsonComparer : IEqualityComparer<JsonElement>
    {
        public static readonly JsonComparer Instance = new();

        public bool Equals(JsonElement x, JsonElement y) => JsonElement.DeepEquals(x, y);

        public int GetHashCode(JsonElement obj) => 0;
    }
}
