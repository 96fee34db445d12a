namespace ConseilsCitoyens.Api.Tests.Team;

/// <summary>Requests for the programme's team. Names are visibly fictional.</summary>
public static class TeamScenarios
{
    public static readonly Guid FacilitatorId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000f1");
    public static readonly Guid SecondFacilitatorId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000f2");
    public static readonly Guid OtherCouncilId = Guid.Parse("0190c1a0-0000-7000-8000-000000000002");

    public static string TeamMember(Guid? id = null) => $"/team/{id ?? FacilitatorId}";

    public static object Recruitment(Guid? id = null, string role = "facilitator") => new
    {
        id = id ?? FacilitatorId,
        role,
        contract = "adulteRelais",
        startsOn = "2017-09-04",
        person = new { firstName = "Dominique", lastName = "Fictive", email = "dominique@example.org", phone = "01 00 00 00 00" },
    };

    public static object Assignment(Guid councilId, string from = "2017-09-11", string? until = null) =>
        until is null ? new { councilId, from } : new { councilId, from, until };

    public static object OtherCouncil() => new
    {
        id = OtherCouncilId,
        name = "Autre conseil d'essai",
        quartierCodes = new[] { "QP999002" },
        createdOn = "2017-03-06",
    };
}
