using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Domain.Indicators;
using NodaTime;

namespace ConseilsCitoyens.Api.Evaluation;

/// <param name="Target">The target in force on asOf (its last change on or before it), set on <paramref name="TargetSince"/>.</param>
/// <param name="Value">Over the convention year, up to asOf; null before the year starts or when the scope cannot measure it.</param>
/// <param name="Gap">Value − target.</param>
/// <param name="Attainment">Value ÷ target (1 = met); null for a zero target. For a delay, lower is better.</param>
public sealed record TargetAssessmentResponse(
    string IndicatorId, string Label, int DefinitionVersion, string Unit, decimal Target, LocalDate TargetSince, decimal? Value, decimal? Gap, decimal? Attainment)
{
    public static TargetAssessmentResponse From(TargetAssessment t) => new(
        t.Definition.Id, t.Definition.Label, t.Definition.Version, t.Definition.Unit, t.Target, t.TargetSince, t.Value, t.Gap, t.Attainment);
}

/// <param name="MeasuredTo">The last day the values cover (the year's end, or asOf while it runs); null before it starts.</param>
public sealed record EvaluationYearResponse(
    int Number, LocalDate StartsOn, LocalDate EndsOn, ConventionYearState State, LocalDate? MeasuredTo, IReadOnlyList<TargetAssessmentResponse> Targets)
{
    public static EvaluationYearResponse From(YearAssessment y) => new(
        y.Year.Number, y.Year.StartsOn, y.Year.EndsOn, y.State, y.Measured?.To, y.Targets.Select(TargetAssessmentResponse.From).ToArray());
}

/// <param name="Quarter">A calendar quarter such as 2018-Q2, cut to the convention and to asOf.</param>
public sealed record AutonomyPointResponse(
    string Quarter, LocalDate From, LocalDate To, decimal? MeetingsConvenedByMembersShare, decimal? MeetingsChairedByMembersShare,
    decimal? AgendaItemsByMembersShare)
{
    public static AutonomyPointResponse Of(AutonomyPoint p) => new(
        p.Quarter, p.Period.From, p.Period.To, p.MeetingsConvenedByMembersShare, p.MeetingsChairedByMembersShare, p.AgendaItemsByMembersShare);
}

/// <param name="Years">Every convention year, with the targets of this scope known on asOf.</param>
/// <param name="NoTarget">True when the convention sets no target for this scope (a council, an arrondissement): its values are not compared with another scope's targets.</param>
/// <param name="Autonomy">Meetings convened and chaired by members, agenda items proposed by members, quarter by quarter.</param>
public sealed record EvaluationResponse(
    Guid ConventionId,
    LocalDate AsOf,
    ReportScope Scope,
    Guid? CouncilId,
    string? ArrondissementCode,
    IReadOnlyList<Guid> Councils,
    bool NoTarget,
    IReadOnlyList<EvaluationYearResponse> Years,
    IReadOnlyList<AutonomyPointResponse> Autonomy)
{
    /// <summary>The instant of the log the figures reflect: asKnownAt, else when they were read.</summary>
    public Instant KnownAt { get; init; }

    internal static EvaluationResponse Of(ComputedEvaluation e) => new(
        e.Result.ConventionId, e.Result.AsOf, e.Scope.Scope, e.Scope.CouncilId, e.Scope.ArrondissementCode, e.Scope.Councils,
        !e.Result.HasTargets,
        e.Result.Years.Select(EvaluationYearResponse.From).ToArray(),
        e.Result.Autonomy.Select(AutonomyPointResponse.Of).ToArray())
    {
        KnownAt = e.Scope.KnownAt,
    };
}
