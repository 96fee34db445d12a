using System.Text.Json;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Projections;
using ConseilsCitoyens.Projections.Serialization;
using Marten;
using Weasel.Core;
using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Audit;

/// <summary>
/// Enum values have one spelling, the API's (camelCase): new events are stored that way, and events
/// stored before in PascalCase are read through the upcaster, their stored bytes untouched.
/// </summary>
public class SpellingEnumsOneWay(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<string> StoredPayloadOf(string type)
    {
        await using var session = Fixture.Store.QuerySession(ApiFixture.City);
        return (await session.AdvancedSql.QueryAsync<string>(
            $"select data::text from conseils.mt_events where type = '{type}'", CancellationToken.None)).Single();
    }

    [Fact]
    public async Task A_new_event_stores_its_enum_values_as_the_api_writes_them()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await Post(MembersOf(CouncilId), Resident());

        var stored = await StoredPayloadOf("member_joined");

        Assert.Contains("\"female\"", stored);
        Assert.Contains("\"residents\"", stored);
        Assert.DoesNotContain("\"Female\"", stored);
    }

    [Fact]
    public void An_event_stored_with_pascal_case_values_is_still_read()
    {
        var serializer = Fixture.Store.Options.Serializer();
        var old = $$"""{"councilId":"{{CouncilId}}","memberId":"{{MemberId}}","college":"Residents","gender":"Female","origin":"Volunteer","joinedOn":"2017-04-03"}""";

        var joined = serializer.FromJson<MemberJoined>(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(old)));

        Assert.Equal(College.Residents, joined.College);
        Assert.Equal(Gender.Female, joined.Gender);
    }

    [Fact]
    public void The_upcaster_respells_the_enum_values_of_a_stored_payload_and_nothing_else()
    {
        var old = """{"councilId":"0190c1a0-0000-7000-8000-000000000001","college":"Residents","gender":"Female","organisation":"Female","joinedOn":"2017-04-03"}""";

        var read = JsonDocument.Parse(StoredEnumSpelling.Upcast(old, typeof(MemberJoined))).RootElement;

        Assert.Equal("residents", read.GetProperty("college").GetString());
        Assert.Equal("female", read.GetProperty("gender").GetString());
        Assert.Equal("Female", read.GetProperty("organisation").GetString());
        Assert.Equal("2017-04-03", read.GetProperty("joinedOn").GetString());
        Assert.Same(old, StoredEnumSpelling.Upcast(old, null));
    }

    [Fact]
    public async Task An_event_stored_before_is_shown_to_auditors_in_the_one_spelling_and_its_seal_still_verifies()
    {
        await Post("/quartiers", Quartier());
        await Post("/councils", Council());
        await using (var before = DocumentStore.For(options =>
        {
            options.ConfigureConseilsCitoyens(Environment.GetEnvironmentVariable("ConnectionStrings__Marten")!);
            // How events were stored before: Marten's own enum converter, names as declared.
            options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase,
                configure: json => json.ApplyConseilsConventions());
            options.AutoCreateSchemaObjects = JasperFx.AutoCreate.None;
        }))
        await using (var session = before.LightweightSession(ApiFixture.City))
        {
            session.Events.Append(CouncilId, new MemberJoined(CouncilId, MemberId, College.Residents, Gender.Female, "QP999001", null,
                new NodaTime.LocalDate(2017, 4, 3)));
            await session.SaveChangesAsync();
        }

        var stored = await StoredPayloadOf("member_joined");
        var shown = (await Get("/audit/events?type=member_joined")).Json.GetProperty("events")[0].GetProperty("payload");
        var exported = JsonDocument.Parse((await Get("/audit/events.jsonl?type=member_joined")).Body.Split('\n')[0]).RootElement.GetProperty("payload");

        Assert.Contains("\"Female\"", stored);
        Assert.Equal("female", shown.GetProperty("gender").GetString());
        Assert.Equal("residents", exported.GetProperty("college").GetString());
        Assert.Equal("residents", (await Get($"/councils/{CouncilId}")).Json.GetProperty("members")[0].GetProperty("college").GetString());
        await Post("/audit/seals", "");
        Assert.True((await Get("/audit/verification")).Json.GetProperty("intact").GetBoolean());
    }
}
