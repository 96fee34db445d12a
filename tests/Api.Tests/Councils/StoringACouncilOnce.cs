using System.Text.Json;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Projections.Serialization;
using NodaTime;

namespace ConseilsCitoyens.Api.Tests.Councils;

/// <summary>
/// A council's stored JSON holds its members once: what is derived from them (who is current, every quartier
/// code) is computed when read, not written into the document that every whole-programme view downloads.
/// </summary>
public class StoringACouncilOnce
{
    private static readonly JsonSerializerOptions Stored = new JsonSerializerOptions().ApplyConseilsConventions();

    [Fact]
    public void A_council_s_json_has_its_members_and_quartier_history_but_no_derived_copies()
    {
        var joined = new LocalDate(2017, 4, 3);
        var council = new Council(Guid.NewGuid(), "Conseil", ["QP999001"], new LocalDate(2017, 3, 6),
        [
            new CouncilMember(Guid.NewGuid(), College.Residents, Gender.Female, "QP999001", null, joined, MemberOrigin.Volunteer, null, null, false),
            new CouncilMember(Guid.NewGuid(), College.Residents, Gender.Male, "QP999001", null, joined, MemberOrigin.Volunteer, null, null, false,
                LeftOn: new LocalDate(2018, 1, 1), DepartureReason: DepartureReason.Resignation),
        ]) { QuartierHistory = [new QuartierSpell(new LocalDate(2017, 3, 6), ["QP999001"])] };

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(council, Stored));
        var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("members", names, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("quartierHistory", names, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(names, n => n.Equals("currentMembers", StringComparison.OrdinalIgnoreCase) || n.Equals("allQuartierCodes", StringComparison.OrdinalIgnoreCase));
        Assert.All(Members(json).EnumerateArray(),
            m => Assert.DoesNotContain(m.EnumerateObject(), p => p.Name.Equals("isCurrent", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(2, Members(json).GetArrayLength());

        var read = JsonSerializer.Deserialize<Council>(json.RootElement.GetRawText(), Stored)!;
        Assert.Single(read.CurrentMembers());
        Assert.Equal(["QP999001"], read.AllQuartierCodes());
    }

    [Fact]
    public void A_council_stored_with_the_derived_copies_before_its_projection_is_rebuilt_still_reads()
    {
        var member = Guid.NewGuid();
        var stored = $$"""
            {"id":"{{Guid.NewGuid()}}","name":"Conseil","quartierCodes":["QP999001"],"allQuartierCodes":["QP999001"],"createdOn":"2017-03-06",
             "members":[{"memberId":"{{member}}","college":"residents","gender":"female","residenceQuartierCode":"QP999001","joinedOn":"2017-04-03",
                         "origin":"volunteer","institutionLink":false,"isCurrent":true}],
             "currentMembers":[{"memberId":"{{member}}","college":"residents","gender":"female","joinedOn":"2017-04-03","origin":"volunteer",
                                "institutionLink":false,"isCurrent":true}]}
            """;

        var read = JsonSerializer.Deserialize<Council>(stored, Stored)!;

        Assert.Equal(member, Assert.Single(read.CurrentMembers()).MemberId);
    }

    private static JsonElement Members(JsonDocument json) =>
        json.RootElement.EnumerateObject().Single(p => p.Name.Equals("members", StringComparison.OrdinalIgnoreCase)).Value;
}
