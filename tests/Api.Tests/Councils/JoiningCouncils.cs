using System.Net;
using ConseilsCitoyens.Projections.Members;
using ConseilsCitoyens.Api.Tests.Infrastructure;
using Marten;
using Xunit.Abstractions;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Councils;

public class JoiningCouncils(ApiFixture fixture, ITestOutputHelper output) : ApiTest(fixture)
{
    private async Task GivenACouncil()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
    }

    [Fact]
    public async Task A_resident_joins_and_the_council_counts_them()
    {
        await GivenACouncil();

        var joined = await Post(MembersOf(CouncilId), Resident(), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, joined.Status);
        Assert.Equal("\"2\"", joined.ETag);
        var council = (await Get($"/councils/{CouncilId}")).Json;
        Assert.Equal(1, council.GetProperty("memberCounts").GetProperty("residents").GetInt32());
    }

    [Fact]
    public async Task A_stale_if_match_is_refused_with_412_and_appends_nothing()
    {
        await GivenACouncil();
        await Post(MembersOf(CouncilId), Resident());

        var stale = await Post(MembersOf(CouncilId), Resident(memberId: Guid.NewGuid()), ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.Status);
        Assert.Equal("version.stale", stale.ProblemCode);
        Assert.Equal("\"2\"", (await Get($"/councils/{CouncilId}")).ETag);
    }

    [Fact]
    public async Task Concurrent_writers_on_the_same_version_cannot_both_win_and_retries_append_nothing_twice()
    {
        const int rounds = 20, writers = 16;
        await GivenACouncil();
        var version = (await Get($"/councils/{CouncilId}")).ETag!;
        var initial = version;
        var sent = new List<(string Body, string IfMatch, string Key, Answer Answer)>();

        for (var round = 0; round < rounds; round++)
        {
            var ifMatch = version;
            var tries = Enumerable.Range(0, writers).Select(w => (
                Body: System.Text.Json.JsonSerializer.Serialize(Resident(memberId: Guid.NewGuid()), WebJson),
                Key: $"join-{round}-{w}")).ToArray();
            var answers = await Task.WhenAll(tries.Select(t =>
                Send(HttpMethod.Post, MembersOf(CouncilId), t.Body, ifMatch, t.Key)));
            sent.AddRange(tries.Zip(answers, (t, a) => (t.Body, ifMatch, t.Key, a)));
            Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
            Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a =>
            {
                Assert.Equal(HttpStatusCode.PreconditionFailed, a.Status);
                Assert.Equal("version.stale", a.ProblemCode);
            });
            version = answers.Single(a => a.Status == HttpStatusCode.OK).ETag!;
        }

        var wins = sent.Count(s => s.Answer.Status == HttpStatusCode.OK);
        var council = await Get($"/councils/{CouncilId}");
        var members = council.Json.GetProperty("memberCounts").GetProperty("total").GetInt32();
        var events = await CountCouncilEvents();

        // Every request again, with its Idempotency-Key: the winners' answers come back, nothing is appended.
        var retries = await Task.WhenAll(sent.Select(s => Send(HttpMethod.Post, MembersOf(CouncilId), s.Body, s.IfMatch, s.Key)));
        var appendedByRetries = await CountCouncilEvents() - events;

        Figures.Report(output, $"concurrency: {rounds} rounds x {writers} writers on one council = {sent.Count} tries, {wins} wins, " +
            $"{sent.Count - wins} conflicts (412), {wins - members} lost updates; {retries.Length} retries with the same Idempotency-Key appended {appendedByRetries} events");
        Assert.Equal(rounds, wins);
        Assert.Equal(rounds, members);
        Assert.Equal(version, council.ETag);
        Assert.Equal(long.Parse(initial.Trim('"')) + rounds, long.Parse(version.Trim('"')));
        Assert.Equal(events, long.Parse(version.Trim('"')));
        Assert.Equal(0, appendedByRetries);
        Assert.All(sent.Zip(retries).Where(p => p.First.Answer.Status == HttpStatusCode.OK), p =>
        {
            Assert.Equal(HttpStatusCode.OK, p.Second.Status);
            Assert.Equal(p.First.Answer.Body, p.Second.Body);
        });
    }

    private async Task<long> CountCouncilEvents()
    {
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        return (await session.Events.FetchStreamAsync(CouncilId)).Count;
    }

    [Fact]
    public async Task Repeating_a_join_appends_nothing()
    {
        await GivenACouncil();
        await Post(MembersOf(CouncilId), Resident());

        var again = await Post(MembersOf(CouncilId), Resident());

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("\"2\"", again.ETag);
    }

    [Fact]
    public async Task A_resident_from_outside_the_councils_quartiers_breaks_a_rule_and_leaves_no_trace()
    {
        await GivenACouncil();

        var answer = await Post(MembersOf(CouncilId), Resident("QP999009"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("member.resident-outside-council", answer.ProblemCode);
        Assert.Equal("\"1\"", (await Get($"/councils/{CouncilId}")).ETag);
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        Assert.Null(await session.LoadAsync<MemberPersonalDetails>(MemberId));
    }

    [Fact]
    public async Task Joining_an_unknown_council_is_not_found() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Post(MembersOf(Guid.NewGuid()), Resident())).Status);

    [Fact]
    public async Task Personal_details_go_to_the_erasable_store_and_never_into_an_event()
    {
        await GivenACouncil();
        await Post(MembersOf(CouncilId), Resident());

        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        var details = await session.LoadAsync<MemberPersonalDetails>(MemberId);
        Assert.Equal("Camille", details?.FirstName);
        var payloads = await session.AdvancedSql.QueryAsync<string>(
            "select data::text from conseils.mt_events", CancellationToken.None);
        Assert.NotEmpty(payloads);
        Assert.DoesNotContain(payloads, p => p.Contains("Camille") || p.Contains("Fictive") || p.Contains("example.org") || p.Contains("1980"));
    }
}
