using System.Net;
using static ConseilsCitoyens.Api.Tests.Partners.PartnerScenarios;

namespace ConseilsCitoyens.Api.Tests.Immersions;

public class RecordingImmersions(ApiFixture fixture) : EventCountingTest(fixture)
{
    private static readonly string ImmersionUrl = $"/immersions/{ImmersionId}";

    [Fact]
    public async Task An_immersion_on_a_working_day_answers_201_without_warning()
    {
        await Post("/partners", Partner());
        await GivenTheFacilitator();

        var created = await Post("/immersions", Immersion());

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(ImmersionUrl, created.Location);
        Assert.Equal("\"1\"", created.ETag);
        var read = await Get(ImmersionUrl);
        Assert.Equal("\"1\"", read.ETag);
        Assert.Equal(FacilitatorId, read.Json.GetProperty("facilitatorId").GetGuid());
        Assert.Equal(2.5m, read.Json.GetProperty("durationHours").GetDecimal());
        Assert.Equal("Inviter l'équipe à la prochaine plénière", read.Json.GetProperty("followUp").GetString());
        Assert.Equal(0, read.Json.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task An_immersion_on_a_saturday_is_recorded_with_a_warning_and_the_etag_counts_it()
    {
        await Post("/partners", Partner());
        await GivenTheFacilitator();

        var created = await Post("/immersions", Immersion("2018-06-30"));

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("\"2\"", created.ETag);
        Assert.Equal("weekend", created.Json.GetProperty("warnings")[0].GetProperty("kind").GetString());
        Assert.Equal("\"2\"", (await Get(ImmersionUrl)).ETag);
    }

    [Fact]
    public async Task An_immersion_on_a_public_holiday_is_recorded_with_a_warning_naming_it()
    {
        await Post("/partners", Partner());
        await GivenTheFacilitator();

        var warning = (await Post("/immersions", Immersion("2018-05-08"))).Json.GetProperty("warnings")[0];

        Assert.Equal("publicHoliday", warning.GetProperty("kind").GetString());
        Assert.Equal("Victoire 1945", warning.GetProperty("holidayName").GetString());
    }

    [Fact]
    public async Task A_partners_immersions_are_listed_by_date_with_their_total_hours()
    {
        await Post("/partners", Partner());
        await GivenTheFacilitator();
        await Post("/immersions", Immersion("2018-06-26", 2.5m));
        await Post("/immersions", Immersion("2018-02-13", 3m, id: Guid.NewGuid()));

        var list = (await Get($"{PartnerUrl}/immersions")).Json;

        Assert.Equal(5.5m, list.GetProperty("totalHours").GetDecimal());
        Assert.Equal("2018-02-13", list.GetProperty("immersions")[0].GetProperty("on").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Get($"/partners/{Guid.NewGuid()}/immersions")).Status);
    }

    [Fact]
    public async Task An_immersion_with_an_unknown_partner_is_404_and_an_unknown_immersion_too()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Post("/immersions", Immersion())).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(ImmersionUrl)).Status);
    }

    [Fact]
    public async Task An_immersion_with_a_closed_partner_breaks_a_rule_and_nothing_is_written()
    {
        await Post("/partners", Partner());
        await GivenTheFacilitator();
        await Post($"{PartnerUrl}/closure", new { closedOn = "2018-03-01" });

        var answer = await Post("/immersions", Immersion());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("partner.closed", answer.ProblemCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(ImmersionUrl)).Status);
        Assert.Equal(3, await CountEvents());
    }

    [Theory]
    [InlineData("2018-06-26", 12.5, "immersion.duration-out-of-range")]
    [InlineData("2018-06-26", 0, "immersion.duration-out-of-range")]
    [InlineData("2018-07-02", 2, "date.in-future")]
    public async Task Impossible_immersions_are_refused(string on, decimal hours, string problem)
    {
        await Post("/partners", Partner());
        await GivenTheFacilitator();

        var answer = await Post("/immersions", Immersion(on, hours));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal(problem, answer.ProblemCode);
        Assert.Equal(2, await CountEvents());
    }

    [Fact]
    public async Task Recording_the_same_immersion_twice_is_a_conflict()
    {
        await Post("/partners", Partner());
        await GivenTheFacilitator();
        await Post("/immersions", Immersion());

        Assert.Equal(HttpStatusCode.Conflict, (await Post("/immersions", Immersion("2018-06-25"))).Status);
        Assert.Equal("2018-06-26", (await Get(ImmersionUrl)).Json.GetProperty("on").GetString());
    }

    [Theory]
    [InlineData("""{"facilitatorId":"00000000-0000-0000-0000-000000000000","partnerId":"0190c1a0-0000-7000-8000-0000000c0001","on":"2018-06-26","durationHours":2,"outcome":"Rencontre"}""", "facilitatorId")]
    [InlineData("""{"facilitatorId":"0190c1a0-0000-7000-8000-0000000f0001","partnerId":"0190c1a0-0000-7000-8000-0000000c0001","on":"2018-06-26","durationHours":2,"outcome":""}""", "outcome")]
    [InlineData("""{"facilitatorId":"0190c1a0-0000-7000-8000-0000000f0001","partnerId":"0190c1a0-0000-7000-8000-0000000c0001","on":"2018-06-26","durationHours":"2","outcome":"Rencontre"}""", null)]
    [InlineData("""{"facilitatorId":"0190c1a0-0000-7000-8000-0000000f0001","partnerId":"0190c1a0-0000-7000-8000-0000000c0001","durationHours":2,"outcome":"Rencontre"}""", null)]
    public async Task A_malformed_immersion_is_a_400_and_writes_nothing(string json, string? field)
    {
        await Post("/partners", Partner());
        await GivenTheFacilitator();

        var answer = await Post("/immersions", json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        if (field is not null)
            Assert.True(answer.Json.GetProperty("errors").TryGetProperty(field, out _), answer.Body);
        Assert.Equal(2, await CountEvents());
    }
}
