using System.Text.Json;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Initiatives;
using ConseilsCitoyens.Domain.Interpellations;
using ConseilsCitoyens.Domain.Proposals;
using ConseilsCitoyens.Domain.SteeringSessions;

namespace ConseilsCitoyens.Domain.Indicators;

/// <summary>Governance and outputs (DOMAIN.md §5): steering sessions, proposals, interpellations, initiatives, warnings.</summary>
public static class OutputIndicators
{
    /// <summary>Sessions held in the period concerning one of these councils, each counted once however many of them it concerns.</summary>
    public static int SteeringSessions(IEnumerable<SteeringSession> sessions, IReadOnlySet<Guid> councils, ReportPeriod period) =>
        sessions.Count(s => period.Contains(s.HeldOn) && s.Participations.Any(p => councils.Contains(p.CouncilId)));

    /// <summary>Sessions held in the period where at least one of these councils was represented, each counted once.</summary>
    public static int SteeringSessionsWithRepresentative(IEnumerable<SteeringSession> sessions, IReadOnlySet<Guid> councils, ReportPeriod period) =>
        sessions.Count(s => period.Contains(s.HeldOn) && s.Participations.Any(p => councils.Contains(p.CouncilId) && p.Participation.Represented));

    /// <summary>Participations (a session × one of these councils) in sessions held in the period that satisfy <paramref name="which"/>.</summary>
    public static int SteeringParticipations(IEnumerable<SteeringSession> sessions, IReadOnlySet<Guid> councils, ReportPeriod period,
        Func<SteeringParticipation, bool> which) =>
        sessions.Where(s => period.Contains(s.HeldOn)).SelectMany(s => s.Participations)
            .Count(p => councils.Contains(p.CouncilId) && which(p.Participation));

    public static int ProposalsFiled(IEnumerable<Proposal> proposals, ReportPeriod period) =>
        proposals.Count(p => period.Contains(p.FiledOn));

    public static int ProposalsAnswered(IEnumerable<Proposal> proposals, ReportPeriod period) =>
        proposals.Count(p => period.Contains(p.Answer?.AnsweredOn));

    public static decimal? AnswerDelayDaysMedian(IEnumerable<Proposal> proposals, ReportPeriod period)
    {
        var delays = proposals.Where(p => period.Contains(p.Answer?.AnsweredOn))
            .Select(p => p.AnswerDelayDays!.Value).Order().ToArray();
        if (delays.Length == 0)
            return null;
        var middle = delays.Length / 2;
        return delays.Length % 2 == 1 ? delays[middle] : (delays[middle - 1] + delays[middle]) / 2m;
    }

    /// <summary>Every stage is listed, with zero when no interpellation stood at it on the period's last day.</summary>
    public static IReadOnlyDictionary<string, int> InterpellationsByStage(IEnumerable<Interpellation> interpellations, ReportPeriod period)
    {
        var stages = interpellations
            .Select(i => i.History.LastOrDefault(s => s.On <= period.To))
            .OfType<StageReached>()
            .Select(s => s.Stage)
            .ToArray();
        return Enum.GetValues<InterpellationStage>()
            .ToDictionary(stage => JsonNamingPolicy.CamelCase.ConvertName(stage.ToString()), stage => stages.Count(s => s == stage));
    }

    public static int InitiativesLaunched(IEnumerable<Initiative> initiatives, ReportPeriod period) =>
        initiatives.Count(i => period.Contains(i.LaunchedOn));

    public static int InitiativesSupported(IEnumerable<Initiative> initiatives, ReportPeriod period) =>
        initiatives.Count(i => i.Supports.Any(s => period.Contains(s.SupportedOn)));

    public static long FundsObtainedCents(IEnumerable<Initiative> initiatives, ReportPeriod period) =>
        initiatives.SelectMany(i => i.Supports).Where(s => period.Contains(s.SupportedOn)).Sum(s => s.AmountCents ?? 0);

    /// <summary>
    /// The warnings as the facts now stand: rule 12 is judged on each steering session's participation
    /// as last corrected, since a correction appends to the session's stream and cannot remove the
    /// warning recorded before it. Every rule 12 warning comes from a session.
    /// </summary>
    /// <param name="councils">The councils reported: a session shared with others counts only their participations.</param>
    /// <param name="period">A session's warnings are dated on the day it was held: only the sessions held in the period are judged
    /// (every scope of a view would otherwise judge every session of its councils again, each warning with its message).</param>
    public static IEnumerable<ComplianceWarningRecorded> Standing(IEnumerable<ComplianceWarningRecorded> warnings, IEnumerable<SteeringSession> sessions,
        IReadOnlySet<Guid> councils, ReportPeriod period) =>
        warnings.Where(w => w.Rule != SteeringRepresentation.Rule)
            .Concat(sessions.Where(s => period.Contains(s.HeldOn)).SelectMany(s => s.StandingWarnings).Where(w => councils.Contains(w.CouncilId)));

    /// <summary>Keyed "rule-12": the rule's number in DOMAIN.md §3.</summary>
    public static IReadOnlyDictionary<string, int> ComplianceWarningsByRule(IEnumerable<ComplianceWarningRecorded> warnings, ReportPeriod period) =>
        warnings.Where(w => period.Contains(w.On))
            .GroupBy(w => w.Rule)
            .OrderBy(g => g.Key)
            .ToDictionary(g => $"rule-{g.Key}", g => g.Count());
}
