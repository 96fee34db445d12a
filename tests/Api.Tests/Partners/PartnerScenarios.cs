namespace ConseilsCitoyens.Api.Tests.Partners;

/// <summary>Requests of the partner and immersion tests. The API's today is Saturday 2018-06-30.</summary>
public static class PartnerScenarios
{
    public static readonly Guid PartnerId = Guid.Parse("0190c1a0-0000-7000-8000-0000000c0001");
    public static readonly Guid ImmersionId = Guid.Parse("0190c1a0-0000-7000-8000-0000000e0001");
    public static readonly Guid FacilitatorId = Team.TeamScenarios.FacilitatorId;
    public static readonly string PartnerUrl = $"/partners/{PartnerId}";

    public static object Partner(string? arrondissementCode = "75118", Guid? id = null, string name = "Centre social d'essai",
        string kind = "association", string? contactRole = "chargée de mission politique de la ville") =>
        new { id = id ?? PartnerId, name, kind, since = "2017-09-04", arrondissementCode, contactRole };

    public static object Immersion(string on = "2018-06-26", decimal durationHours = 2.5m, Guid? partnerId = null, Guid? id = null) => new
    {
        id = id ?? ImmersionId,
        facilitatorId = FacilitatorId,
        partnerId = partnerId ?? PartnerId,
        on,
        durationHours,
        outcome = "Présentation du conseil citoyen à l'équipe du centre social",
        followUp = "Inviter l'équipe à la prochaine plénière",
    };
}
