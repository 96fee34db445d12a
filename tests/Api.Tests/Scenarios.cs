namespace ConseilsCitoyens.Api.Tests;

/// <summary>Requests shared by the API tests. Quartier codes are visibly fictional (département 999).</summary>
public static class Scenarios
{
    public static readonly Guid CouncilId = Guid.Parse("0190c1a0-0000-7000-8000-000000000001");
    public static readonly Guid MemberId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a1");

    public static object Quartier(string code = "QP999001", string name = "Quartier d'essai") =>
        new { code, name, arrondissementCode = "75118", generation = "qpv2015" };

    public static object Council(params string[] quartierCodes) => new
    {
        id = CouncilId,
        name = "Conseil citoyen d'essai",
        quartierCodes = quartierCodes.Length == 0 ? ["QP999001"] : quartierCodes,
        createdOn = "2017-03-06",
    };

    public static object Resident(string quartier = "QP999001", Guid? memberId = null) => new
    {
        memberId = memberId ?? MemberId,
        college = "residents",
        gender = "female",
        residenceQuartierCode = quartier,
        joinedOn = "2017-04-03",
        person = new { firstName = "Camille", lastName = "Fictive", email = "camille@example.org", birthYear = 1980 },
    };

    public static string MembersOf(Guid councilId) => $"/councils/{councilId}/members";
}
