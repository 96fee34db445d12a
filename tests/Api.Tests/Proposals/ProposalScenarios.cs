namespace ConseilsCitoyens.Api.Tests.Proposals;

public static class ProposalScenarios
{
    public static readonly Guid ProposalId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000b1");

    public static string ProposalsOf(Guid councilId) => $"/councils/{councilId}/proposals";

    public static string ProposalAt(Guid id) => $"/proposals/{id}";

    public static object Unanimous(Guid? id = null) => new
    {
        id = id ?? ProposalId,
        kind = "proposal",
        subject = "Éclairage du square",
        majorityPosition = "Installer un éclairage public dans le square.",
        reachedByConsensus = true,
        addressedTo = "Mairie du 18e",
        filedOn = "2017-10-02",
    };

    public static object Divided(params string[] dissentingViews) => new
    {
        id = ProposalId,
        kind = "opinion",
        subject = "Projet de rénovation",
        majorityPosition = "Avis favorable au projet de rénovation.",
        reachedByConsensus = false,
        dissentingViews,
        addressedTo = "Bailleur",
        filedOn = "2017-10-02",
    };

    public static object Answer(string answeredOn = "2017-11-13", string outcome = "partlyAccepted") => new
    {
        outcome,
        answerText = "Les travaux sont programmés pour moitié.",
        answeredBy = "Mairie du 18e",
        answeredOn,
    };

    public static object Withdrawal(string withdrawnOn = "2017-10-20") => new
    {
        reason = "Le projet a été abandonné par le bailleur.",
        withdrawnOn,
    };
}
