namespace ConseilsCitoyens.Api.Tests.Interpellations;

public static class InterpellationScenarios
{
    public static readonly Guid InterpellationId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000c1");

    public static string InterpellationsOf(Guid councilId) => $"/councils/{councilId}/interpellations";

    public static string InterpellationAt(Guid id) => $"/interpellations/{id}";

    public static string StepOf(Guid id, string step) => $"/interpellations/{id}/{step}";

    /// <summary>A council old enough to refer on the first day of the right of interpellation.</summary>
    public static object CouncilOf2016(Guid id) => new
    {
        id,
        name = "Conseil citoyen d'essai",
        quartierCodes = new[] { "QP999001" },
        createdOn = "2016-06-01",
    };

    public static object Referral(string referredOn = "2017-09-04") => new
    {
        id = InterpellationId,
        subject = "Insalubrité des caves",
        difficulties = "Les caves des immeubles de la rue d'essai sont inondées depuis un an.",
        referredOn,
    };

    /// <summary>The body of each step, dated on the given day.</summary>
    public static object Step(string step, string on) => step switch
    {
        "transmission" => new { recipients = new[] { "Mairie de Paris", "Métropole du Grand Paris", "Bailleur" }, transmittedOn = on },
        "escalation" => new
        {
            diagnostic = "Un défaut d'entretien des réseaux.",
            actions = new[] { "Diagnostic technique", "Travaux d'étanchéité" },
            leadsToContractRevision = true,
            escalatedOn = on,
        },
        "debate" => new { debatedOn = on },
        "closure" => new { outcome = "Travaux engagés.", closedOn = on },
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>The steps that lead to a stage, with their dates; "closedAsNotJustified" ends right after transmission.</summary>
    public static (string Step, string On)[] StepsTo(string stage) => stage switch
    {
        "referred" => [],
        "transmitted" => [("transmission", "2017-09-25")],
        "escalated" => [("transmission", "2017-09-25"), ("escalation", "2017-11-06")],
        "debated" => [("transmission", "2017-09-25"), ("escalation", "2017-11-06"), ("debate", "2017-12-18")],
        "closed" => [("transmission", "2017-09-25"), ("escalation", "2017-11-06"), ("debate", "2017-12-18"), ("closure", "2018-01-15")],
        "closedAsNotJustified" => [("transmission", "2017-09-25"), ("closure", "2017-10-09")],
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };
}
