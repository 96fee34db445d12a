using ConseilsCitoyens.Api.Conventions;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Domain.Indicators;
using NodaTime;

namespace ConseilsCitoyens.Api.Evaluation;

/// <summary>An evaluation computed once (Evaluation.Compute), whatever it is then written as: JSON, CSV, the dashboard.</summary>
internal sealed record ComputedEvaluation(ScopedFacts Scope, EvaluationResult Result);

internal static class EvaluationReads
{
    /// <summary>The programme's convention judged on a date, for the whole programme, a council or an arrondissement.</summary>
    public static async Task<ComputedEvaluation> Evaluation(this KnownStates states, string? councilId, string? arrondissement, LocalDate asOf,
        CancellationToken ct)
    {
        var council = QueryIds.Parse(councilId, "councilId");
        var convention = await states.ProgrammeConvention(ct) ?? throw new ResourceNotFound("A signed convention");
        var scope = await states.LoadScope(council, arrondissement, ct);
        return new ComputedEvaluation(scope, Domain.Indicators.Evaluation.Compute(scope.Facts, convention, asOf, scope.Targets));
    }
}
