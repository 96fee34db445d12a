using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Initiatives;

public static class InitiativeScenarios
{
    public static readonly Guid InitiativeId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000d1");
    public static readonly string InitiativesOfCouncil = $"/councils/{CouncilId}/initiatives";
    public static readonly string InitiativeUrl = $"/initiatives/{InitiativeId}";

    public static object Initiative(string launchedOn = "2017-09-04") => new
    {
        id = InitiativeId,
        title = "Fête de quartier",
        description = "Une fête pour se rencontrer entre voisins.",
        launchedOn,
    };

    public static object FinancialSupport(long amountCents = 150_000, Guid? supportId = null) => new
    {
        supportId = supportId ?? Guid.Parse("0190c1a0-0000-7000-8000-0000000000e1"),
        kind = "financial",
        by = "Ville de Paris",
        amountCents,
        fund = "Fonds de participation des habitants",
        supportedOn = "2017-10-02",
    };

    public static object LogisticalSupport() => new { kind = "logistical", by = "Centre social d'essai", supportedOn = "2017-10-02" };
}
