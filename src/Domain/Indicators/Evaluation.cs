using ConseilsCitoyens.Domain.Conventions;
using NodaTime;
using Ids = ConseilsCitoyens.Domain.Conventions.IndicatorIds;

namespace ConseilsCitoyens.Domain.Indicators;

public enum ConventionYearState
{
    Ended,
    Running,
    NotStarted,
}

/// <param name="Target">The target in force on the evaluation date: its last change on or before it.</param>
/// <param name="Value">The indicator over the convention year, up to the evaluation date; null before the year starts or when nothing can be measured.</param>
/// <param name="Gap">Value − target.</param>
/// <param name="Attainment">Value ÷ target (1 = met); null for a zero target. For a delay, lower is better: read it the other way.</param>
public sealed record TargetAssessment(
    IndicatorDefinition Definition, decimal Target, LocalDate TargetSince, decimal? Value, decimal? Gap, decimal? Attainment);

/// <param name="Measured">The days the values cover: the year, cut at the evaluation date; null before the year starts.</param>
public sealed record YearAssessment(ConventionYear Year, ConventionYearState State, ReportPeriod? Measured, IReadOnlyList<TargetAssessment> Targets);

/// <summary>The autonomy indicators (DOMAIN.md §5) over one calendar quarter, cut to the convention and the evaluation date.</summary>
public sealed record AutonomyPoint(
    string Quarter, ReportPeriod Period, decimal? MeetingsConvenedByMembersShare, decimal? MeetingsChairedByMembersShare, decimal? AgendaItemsByMembersShare);

/// <param name="Scope">Whose targets the values are compared with: those of this scope only.</param>
public sealed record EvaluationResult(
    Guid ConventionId, LocalDate AsOf, TargetScope Scope, IReadOnlyList<YearAssessment> Years, IReadOnlyList<AutonomyPoint> Autonomy)
{
    /// <summary>False when the convention sets no target for this scope (known on the date): there is nothing to compare with.</summary>
    public bool HasTargets => Years.Any(y => y.Targets.Count > 0);
}

/// <summary>
/// The evaluation view: every indicator with a target against the convention's yearly targets, as
/// they stood on a date, and the autonomy indicators quarter by quarter. One pure function of the
/// report facts and the convention, so every view (JSON, CSV, dashboard) shows the same figures.
/// </summary>
public static class Evaluation
{
    /// <param name="facts">The facts of the scope's councils.</param>
    /// <param name="scope">Whose targets: the programme's when not given. A council is never judged against the programme's target.</param>
    public static EvaluationResult Compute(ReportFacts facts, Convention convention, LocalDate asOf, TargetScope? scope = null)
    {
        var whose = scope ?? TargetScope.Programme;
        return new(convention.Id, asOf, whose, convention.Years().Select(y => Year(facts, convention, y, asOf, whose)).ToArray(),
            Autonomy(facts, convention, asOf));
    }

    /// <summary>The target as it stood on a date: the last change on or before it; null when not yet set then.</summary>
    public static TargetChange? InForce(YearlyTarget target, LocalDate asOf) => target.History.LastOrDefault(c => c.On <= asOf);

    public static YearAssessment Year(ReportFacts facts, Convention convention, ConventionYear year, LocalDate asOf, TargetScope scope)
    {
        var state = asOf < year.StartsOn ? ConventionYearState.NotStarted
            : asOf <= year.EndsOn ? ConventionYearState.Running
            : ConventionYearState.Ended;
        var measured = state == ConventionYearState.NotStarted ? null : ReportPeriod.Of(year).AsOf(asOf);
        var values = measured is null
            ? new Dictionary<string, decimal?>()
            : Report.Compute(facts, measured).ToDictionary(v => v.Definition.Id, v => v.Value);

        var targets = IndicatorDefinitions.All
            .Select(d => (Definition: d, Target: convention.FindTarget(d.Id, year.Number, scope) is { } t ? InForce(t, asOf) : null))
            .Where(x => x.Target is not null)
            .Select(x => Assess(x.Definition, x.Target!, values.GetValueOrDefault(x.Definition.Id)))
            .ToArray();
        return new YearAssessment(year, state, measured, targets);
    }

    public static IReadOnlyList<AutonomyPoint> Autonomy(ReportFacts facts, Convention convention, LocalDate asOf) =>
        QuarterlySeries.Quarters(convention, asOf).Select(q => new AutonomyPoint(q.Quarter, q.Period,
                MeetingIndicators.ConvenedByMembersShare(facts.MeetingDays, q.Period),
                MeetingIndicators.ChairedByMembersShare(facts.MeetingDays, q.Period),
                MeetingIndicators.AgendaItemsByMembersShare(facts.MeetingDays, q.Period)))
            .ToArray();

    /// <summary>The autonomy indicators, by id, in the order of their definitions.</summary>
    public static readonly IReadOnlyList<string> AutonomyIndicators =
        [Ids.MeetingsConvenedByMembersShare, Ids.MeetingsChairedByMembersShare, Ids.AgendaItemsByMembersShare];

    private static TargetAssessment Assess(IndicatorDefinition definition, TargetChange target, decimal? value) => new(
        definition, target.Value, target.On, value,
        value - target.Value,
        value is { } v && target.Value != 0 ? Math.Round(v / target.Value, 4) : null);
}
