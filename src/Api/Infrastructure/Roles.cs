namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>The roles a token's <c>role</c> claim may carry (README, "Security").</summary>
public static class Roles
{
    public const string Coordinator = "coordinator";
    public const string Facilitator = "facilitator";
    public const string Sponsor = "sponsor";
    public const string Evaluator = "evaluator";
    public const string Auditor = "auditor";
    public const string Administrator = "administrator";

    public static readonly string[] All = [Coordinator, Facilitator, Sponsor, Evaluator, Auditor, Administrator];
}
