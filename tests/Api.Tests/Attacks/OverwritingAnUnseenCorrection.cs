using System.Net;
using static ConseilsCitoyens.Api.Tests.Scenarios;
using static ConseilsCitoyens.Api.Tests.Team.TeamScenarios;

namespace ConseilsCitoyens.Api.Tests.Attacks;

/// <summary>
/// Two people correct the same details from the same reading: the second, who never saw the first's
/// correction, must not silently overwrite it. Details are documents, not a stream, yet follow the
/// same contract: ETag on read, If-Match on write, 412 version.stale when stale.
/// </summary>
public class OverwritingAnUnseenCorrection(ApiFixture fixture) : AttackTest(fixture)
{
    private static readonly string Details = $"/people/{MemberId}/details";

    private static object Correction(string lastName) => new { firstName = "Camille", lastName, birthYear = 1980 };

    private async Task<string> GivenAMemberRead()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        Assert.Equal(HttpStatusCode.OK, (await Post(MembersOf(CouncilId), Resident())).Status);
        var read = await Get($"/people/{MemberId}");
        Assert.Equal("\"1\"", read.ETag);
        Assert.Equal(1, read.Json.GetProperty("version").GetInt64());
        return read.ETag!;
    }

    [Fact]
    public async Task The_second_correction_from_the_same_reading_is_refused_and_the_first_stays()
    {
        var etag = await GivenAMemberRead();

        var first = await Post(Details, Correction("Première"), ifMatch: etag);
        var second = await Post(Details, Correction("Seconde"), ifMatch: etag);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("\"2\"", first.ETag);
        Assert.Equal(2, first.Json.GetProperty("version").GetInt64());
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.Status);
        Assert.Equal("version.stale", second.ProblemCode);
        var stored = await Get($"/people/{MemberId}");
        Assert.Equal("Première", stored.Json.GetProperty("lastName").GetString());
        Assert.Equal("\"2\"", stored.ETag);
    }

    [Fact]
    public async Task Corrections_racing_from_the_same_reading_leave_one_winner_whose_details_are_stored()
    {
        var etag = await GivenAMemberRead();
        var names = Enumerable.Range(1, 6).Select(i => $"Course{i}").ToArray();

        var answers = await Task.WhenAll(names.Select(name => Post(Details, Correction(name), ifMatch: etag)));

        var winner = Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a != winner), a => Assert.Equal("version.stale", a.ProblemCode));
        var stored = await Get($"/people/{MemberId}");
        Assert.Equal(winner.Json.GetProperty("lastName").GetString(), stored.Json.GetProperty("lastName").GetString());
        Assert.Equal("\"2\"", stored.ETag);
    }

    [Fact]
    public async Task Without_if_match_a_correction_applies_over_the_version_it_read()
    {
        await GivenAMemberRead();
        await Post(Details, Correction("Première"));

        var second = await Post(Details, Correction("Seconde"));

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal("\"3\"", second.ETag);
        Assert.Equal("Seconde", (await Get($"/people/{MemberId}")).Json.GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task A_team_member_s_details_are_versioned_the_same_way()
    {
        await GivenTheFacilitator();
        var read = await Get($"/people/{FacilitatorId}");
        var corrected = new { firstName = "Dominique", lastName = "Corrigé" };

        var first = await Post($"/people/{FacilitatorId}/details", corrected, ifMatch: read.ETag);
        var second = await Post($"/people/{FacilitatorId}/details", new { firstName = "Autre", lastName = "Nom" }, ifMatch: read.ETag);

        Assert.Equal("\"1\"", read.ETag);
        Assert.Equal("\"2\"", first.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.Status);
        Assert.Equal("Corrigé", (await Get($"/people/{FacilitatorId}")).Json.GetProperty("lastName").GetString());
    }

    [Fact]
    public async Task Erased_details_stay_erased_whatever_version_a_correction_sends()
    {
        var etag = await GivenAMemberRead();
        Assert.Equal(HttpStatusCode.OK, (await Post($"/people/{MemberId}/erasure", new { reason = "Request by letter" })).Status);

        var correction = await Post(Details, Correction("Revenue"), ifMatch: etag);

        Assert.Equal(HttpStatusCode.NotFound, correction.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/people/{MemberId}")).Status);
    }

    [Fact]
    public async Task Corrections_racing_an_erasure_never_bring_the_details_back()
    {
        var etag = await GivenAMemberRead();

        var erasure = Post($"/people/{MemberId}/erasure", new { reason = "Request by letter" });
        var corrections = Enumerable.Range(1, 4).Select(i => Post(Details, Correction($"Course{i}"), ifMatch: etag));
        var answers = await Task.WhenAll(corrections.Append(erasure));

        Assert.Equal(HttpStatusCode.OK, answers[^1].Status);
        Assert.All(answers, a => Assert.True((int)a.Status < 500, a.Body));
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/people/{MemberId}")).Status);
    }
}
