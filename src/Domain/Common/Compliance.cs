using NodaTime;

namespace ConseilsCitoyens.Domain.Common;

/// <summary>
/// A soft rule (DOMAIN.md §3) was not met: the command was accepted and this warning recorded
/// beside its events, in the same stream, so that reports can count non-compliance per council,
/// rule and date. <see cref="Rule"/> is the rule's number in DOMAIN.md §3.
/// </summary>
public sealed record ComplianceWarningRecorded(Guid CouncilId, int Rule, string Code, string Message, LocalDate On)
    : IOneCouncilScoped, IBusinessDated, IConsequence
{
    LocalDate IBusinessDated.BusinessDate => On;
}

public static class Compliance
{
    public static ComplianceWarningRecorded Warn(Guid councilId, int rule, string code, string message, LocalDate on) =>
        new(councilId, rule, code, message, on);

    /// <summary>A hard rule throws; a soft one yields a warning to append with the command's events.</summary>
    public static IEnumerable<ComplianceWarningRecorded> Enforce(
        RuleStrength strength, bool broken, Guid councilId, int rule, string code, string message, LocalDate on)
    {
        if (!broken)
            return [];
        if (strength == RuleStrength.Hard)
            throw new RuleViolation(code, message);
        return [Warn(councilId, rule, code, message, on)];
    }
}
