using System.Globalization;
using ConseilsCitoyens.Api.Conventions;
using ConseilsCitoyens.Api.Evaluation;
using ConseilsCitoyens.Api.Indicators;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Api.Roadmaps;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Quartiers;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.Team;
using NodaTime;
using NodaTime.Text;

namespace ConseilsCitoyens.Api.EvaluationReport;

internal static class EvaluationReportReads
{
    private static readonly StringComparer Names = StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true);

    /// <summary>
    /// The document's figures, each from the view that already computes it: /evaluation for the
    /// targets, Report.Compute for the indicators (programme and each council), QuarterlySeries and
    /// the evaluation's autonomy for the quarters, Coverage for vacancies, the roadmap view for actions.
    /// </summary>
    /// <param name="conventionYear">As ?conventionYear= (1 to the convention's duration); null or blank for the whole convention.</param>
    /// <param name="asOf">An ISO date; absent: the day of asKnownAt, else today (KnownStates.Today).</param>
    public static async Task<EvaluationReportDocument> EvaluationReport(this KnownStates states, string? conventionYear, string? asOf,
        int suppressBelow, CancellationToken ct)
    {
        var date = QueryDates.Parse(asOf, "asOf", states.Today);
        var evaluation = await states.Evaluation(null, null, date, ct);
        var convention = (await states.ProgrammeConvention(ct))!;
        var period = Period(convention, conventionYear, date);
        var facts = evaluation.Scope.Facts;
        var byCouncil = new FactsByCouncil(facts);

        var councils = facts.Councils.OrderBy(c => c.Name, Names).ThenBy(c => c.Id).ToArray();
        var arrondissementOf = (await states.Query<Quartier>(ct)).ToDictionary(q => q.Code, q => q.ArrondissementCode, StringComparer.Ordinal);
        var roadmaps = await states.RoadmapView(null, null, date, ct);
        var diagnostics = await states.Query<TerritoryDiagnostic>(ct);
        var team = facts.Programme?.Team ?? [];
        var vacant = Coverage.On(date, team).Vacancies(councils).Select(c => c.Id).ToHashSet();

        string[] ArrondissementsOf(Council c) => c.ArrondissementCodes(arrondissementOf);
        var roadmapsOf = roadmaps.Roadmaps.ToLookup(r => r.CouncilId);

        var annexes = councils.Select(c =>
        {
            var own = byCouncil.For([c]);
            return new CouncilAnnex(c.Id, c.Name, ArrondissementsOf(c), c.CreatedOn, vacant.Contains(c.Id),
                Disclosed(own, period, suppressBelow),
                Quarters(QuarterlySeries.Compute(own, convention, date), Domain.Indicators.Evaluation.Autonomy(own, convention, date), period),
                RoadmapStatusCounts.Of(roadmapsOf[c.Id].SelectMany(r => r.Actions).Select(a => a.Status)));
        }).ToArray();
        var totals = Disclosed(facts, period, suppressBelow);

        // Targets of an arrondissement or a council, judged on that scope's facts only (as /evaluation?arrondissement= and ?councilId=).
        IEnumerable<ScopeSummary> Scoped(TargetScope scope, string id, string name, ReportFacts own) =>
            Domain.Indicators.Evaluation.Compute(own, convention, date, scope) is { HasTargets: true } scoped
                ? [new ScopeSummary(id, name, Years(scoped, own))]
                : [];
        IReadOnlyList<YearSummary> Years(EvaluationResult result, ReportFacts own) =>
            result.Years.Where(y => period.Year is null || y.Year.Number == period.Year).Select(y => Summary(y, own, suppressBelow)).ToArray();
        var scopedSummaries = convention.Targets.Select(t => t.Scope.ArrondissementCode).OfType<string>().Distinct().Order(StringComparer.Ordinal)
            .SelectMany(code => Scoped(TargetScope.Arrondissement(code), $"arrondissement-{code}", $"arrondissement {code}",
                byCouncil.For(councils.Where(c => ArrondissementsOf(c).Contains(code)))))
            .Concat(councils.Where(c => convention.Targets.Any(t => t.Scope.CouncilId == c.Id)).SelectMany(c => Scoped(TargetScope.Council(c.Id), $"conseil-{c.Id}", $"conseil {c.Name}", byCouncil.For([c]))))
            .ToArray();

        return new EvaluationReportDocument(
            states.Session.TenantId,
            new ConventionPart(convention.Id, convention.Title, convention.Sponsors, convention.CoordinatingPartner, convention.ContractType,
                convention.SignedOn, convention.StartsOn, convention.EndsOn, convention.Objectives, convention.Years()),
            new CoveredPeriod(period.Year, period.Period.From, period.Period.To, date),
            Years(evaluation.Result, facts),
            scopedSummaries,
            new CouncilsPart(totals,
                Quarters(QuarterlySeries.Compute(facts, convention, date), evaluation.Result.Autonomy, period), annexes),
            new ProgrammePart(
                totals.Where(v => IndicatorFamilies.Of(v.Id).Subject == IndicatorSubject.Programme).ToArray(),
                Team(team, date),
                councils.Where(c => vacant.Contains(c.Id)).Select(c => c.Id).ToArray(),
                roadmaps.Counts,
                Diagnostics(diagnostics, date)),
            Compliance(totals, annexes),
            new MethodPart(IndicatorDefinitions.All.Select(IndicatorDefinitionResponse.From).ToArray(), suppressBelow,
                await states.Session.Provenance(states.At, states.AsKnownAt is not null, ct)));
    }

    /// <summary>The convention year asked for (its days up to asOf), or the whole convention up to asOf; the same 400s as a report's period.</summary>
    private static (int? Year, ReportPeriod Period) Period(Convention convention, string? conventionYear, LocalDate asOf)
    {
        var on = LocalDatePattern.Iso.Format(asOf);
        if (!string.IsNullOrWhiteSpace(conventionYear))
        {
            var period = ReportPeriods.Parse(null, null, null, null, null, conventionYear, on, convention);
            return (convention.ConventionYearOf(period.From), period);
        }
        return (null, ReportPeriods.Parse(LocalDatePattern.Iso.Format(convention.StartsOn), LocalDatePattern.Iso.Format(convention.EndsOn),
            null, null, null, null, on, convention));
    }

    private static IReadOnlyList<IndicatorValueResponse> Disclosed(ReportFacts facts, (int? Year, ReportPeriod Period) period, int suppressBelow) =>
        StatisticalSecrecy.Disclose(Report.Compute(facts, period.Period), suppressBelow).Select(IndicatorValueResponse.From).ToArray();

    /// <summary>A year of /evaluation; a value broken down by gender is withheld as in the exports when a part is small.</summary>
    private static YearSummary Summary(YearAssessment year, ReportFacts facts, int suppressBelow)
    {
        var secret = year.Measured is { } measured && year.Targets.Any(t => StatisticalSecrecy.ByGenderOrAge.Contains(t.Definition.Id))
            ? StatisticalSecrecy.Disclose(Report.Compute(facts, measured), suppressBelow).Where(v => v.Secret).Select(v => v.Definition.Id).ToHashSet()
            : [];
        return new YearSummary(year.Year.Number, year.Year.StartsOn, year.Year.EndsOn, year.State, year.Measured?.To, year.Targets.Select(t =>
        {
            var withheld = secret.Contains(t.Definition.Id);
            return new TargetFigure(t.Definition.Id, t.Definition.Label, IndicatorFamilies.Of(t.Definition.Id).Id, t.Definition.Unit, t.Definition.Version,
                t.Target, t.TargetSince, withheld ? null : t.Value, withheld ? null : t.Gap, withheld ? null : t.Attainment, withheld);
        }).ToArray());
    }

    /// <summary>The quarters of the convention that meet the period: attendance and steering (QuarterlySeries) beside autonomy (Evaluation).</summary>
    private static IReadOnlyList<QuarterFigures> Quarters(IReadOnlyList<QuarterPoint> series, IReadOnlyList<AutonomyPoint> autonomy,
        (int? Year, ReportPeriod Period) period) =>
        series.Zip(autonomy, (q, a) => new QuarterFigures(q.Quarter, q.Period.From, q.Period.To, q.MeetingsHeld, q.AttendanceRate, q.SteeringSessions,
                q.SteeringSessionsWithRepresentative, a.MeetingsConvenedByMembersShare, a.MeetingsChairedByMembersShare, a.AgendaItemsByMembersShare))
            .Where(q => q.To >= period.Period.From && q.From <= period.Period.To)
            .ToArray();

    private static IReadOnlyDictionary<string, int> Team(IReadOnlyList<TeamMember> team, LocalDate asOf) =>
        new SortedDictionary<string, int>(team.Where(f => f.StartsOn <= asOf && !f.HasLeftBy(asOf))
            .GroupBy(f => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(f.Role.ToString()))
            .ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    private static IReadOnlyList<DiagnosticFigure> Diagnostics(IEnumerable<TerritoryDiagnostic> diagnostics, LocalDate asOf) =>
        diagnostics.Select(d => (Diagnostic: d, InForce: d.CurrentOn(asOf)))
            .Where(x => x.InForce is not null)
            .OrderBy(x => x.Diagnostic.QuartierCode, StringComparer.Ordinal)
            .Select(x => new DiagnosticFigure(x.Diagnostic.QuartierCode, x.InForce!.Number, x.InForce.PublishedOn, x.InForce.Priorities.Length))
            .ToArray();

    /// <summary>Section 5 from the compliance indicator's breakdown by rule (rule-4…), of the programme and of each council.</summary>
    private static IReadOnlyList<RuleWarnings> Compliance(IReadOnlyList<IndicatorValueResponse> totals, IReadOnlyList<CouncilAnnex> annexes)
    {
        static IReadOnlyDictionary<string, int> ByRule(IReadOnlyList<IndicatorValueResponse> values) =>
            values.Single(v => v.Id == IndicatorIds.ComplianceWarnings).Breakdown ?? new Dictionary<string, int>();

        return ByRule(totals).Where(part => part.Value > 0)
            .Select(part => (Number: int.Parse(part.Key["rule-".Length..], CultureInfo.InvariantCulture), part.Key, Total: part.Value))
            .OrderBy(r => r.Number)
            .Select(r =>
            {
                var rule = LegalRules.Find(r.Number);
                return new RuleWarnings(r.Number, rule?.Text ?? "", rule?.Kind ?? "", rule?.Source ?? "", r.Total, annexes
                    .Select(a => new CouncilCount(a.CouncilId, a.Name, ByRule(a.Values).GetValueOrDefault(r.Key)))
                    .Where(c => c.Count > 0).ToArray());
            })
            .ToArray();
    }
}
