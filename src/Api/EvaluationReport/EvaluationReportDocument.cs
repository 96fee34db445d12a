using ConseilsCitoyens.Api.Indicators;
using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Roadmaps;
using NodaTime;

namespace ConseilsCitoyens.Api.EvaluationReport;

/// <summary>
/// Every figure of the evaluation report, computed once by the views that already exist: the HTML
/// shows it, the JSON is it. Its lists are in a fixed order (councils by name then id), so the same
/// log read at the same instant gives the same bytes.
/// </summary>
public sealed record EvaluationReportDocument(
    string City,
    ConventionPart Convention,
    CoveredPeriod Period,
    IReadOnlyList<YearSummary> Summary,
    IReadOnlyList<ScopeSummary> ScopedSummaries,
    CouncilsPart Councils,
    ProgrammePart Programme,
    IReadOnlyList<RuleWarnings> Compliance,
    MethodPart Method);

public sealed record ConventionPart(
    Guid Id, string Title, IReadOnlyList<string> Sponsors, string CoordinatingPartner, string ContractType, LocalDate SignedOn,
    LocalDate StartsOn, LocalDate EndsOn, IReadOnlyList<string> Objectives, IReadOnlyList<ConventionYear> Years);

/// <param name="ConventionYear">The year the document covers; null for the whole convention.</param>
/// <param name="To">The period's last day, brought back to <paramref name="AsOf"/> when that is earlier.</param>
public sealed record CoveredPeriod(int? ConventionYear, LocalDate From, LocalDate To, LocalDate AsOf);

/// <summary>One convention year of /evaluation, its targets in force on asOf.</summary>
public sealed record YearSummary(int Number, LocalDate StartsOn, LocalDate EndsOn, ConventionYearState State, LocalDate? MeasuredTo,
    IReadOnlyList<TargetFigure> Targets);

/// <summary>The targets the convention sets for one arrondissement or one council, against that scope's own figures (/evaluation?arrondissement= or ?councilId=).</summary>
/// <param name="Scope">arrondissement-75118 or conseil-{id}.</param>
public sealed record ScopeSummary(string Scope, string Name, IReadOnlyList<YearSummary> Years);

/// <param name="Secret">The value, gap and attainment are withheld under statistical secrecy (a count by gender below the threshold).</param>
public sealed record TargetFigure(
    string IndicatorId, string Label, string Family, string Unit, int DefinitionVersion, decimal Target, LocalDate TargetSince,
    decimal? Value, decimal? Gap, decimal? Attainment, bool Secret);

/// <summary>The indicators of the quarter charts: attendance, steering representation and autonomy, each over one calendar quarter.</summary>
public sealed record QuarterFigures(
    string Quarter, LocalDate From, LocalDate To, int MeetingsHeld, decimal? AttendanceRate, int SteeringSessions,
    int SteeringSessionsWithRepresentative, decimal? MeetingsConvenedByMembersShare, decimal? MeetingsChairedByMembersShare,
    decimal? AgendaItemsByMembersShare);

/// <param name="Totals">Every reported indicator over the period, for the councils pooled (secrecy applied).</param>
public sealed record CouncilsPart(IReadOnlyList<IndicatorValueResponse> Totals, IReadOnlyList<QuarterFigures> Quarters, IReadOnlyList<CouncilAnnex> Annexes);

/// <param name="Vacant">No team member was assigned to it on asOf.</param>
public sealed record CouncilAnnex(
    Guid CouncilId, string Name, IReadOnlyList<string> Arrondissements, LocalDate CreatedOn, bool Vacant,
    IReadOnlyList<IndicatorValueResponse> Values, IReadOnlyList<QuarterFigures> Quarters, RoadmapStatusCounts Roadmaps);

/// <param name="Team">Team members in the programme on asOf, by role.</param>
/// <param name="Vacancies">The councils with nobody assigned on asOf.</param>
/// <param name="Roadmaps">Roadmap actions by status on asOf (GET /roadmaps/summary).</param>
public sealed record ProgrammePart(
    IReadOnlyList<IndicatorValueResponse> Values, IReadOnlyDictionary<string, int> Team, IReadOnlyList<Guid> Vacancies,
    RoadmapStatusCounts Roadmaps, IReadOnlyList<DiagnosticFigure> Diagnostics);

/// <summary>A quartier's territory diagnostic as it stood on asOf (how many were published in the period is the indicator diagnostics-published).</summary>
/// <param name="Priorities">The priorities of the version in force on asOf.</param>
public sealed record DiagnosticFigure(string QuartierCode, int VersionInForce, LocalDate PublishedOn, int Priorities);

/// <summary>A rule of the law with the warnings recorded under it in the period, by council.</summary>
public sealed record RuleWarnings(int Rule, string Text, string Kind, string Source, int Total, IReadOnlyList<CouncilCount> Councils);

public sealed record CouncilCount(Guid CouncilId, string Name, int Count);

/// <param name="SuppressBelow">The statistical secrecy threshold (Exports:SuppressBelow).</param>
public sealed record MethodPart(IReadOnlyList<IndicatorDefinitionResponse> Indicators, int SuppressBelow, Provenance Provenance);

/// <param name="KnownAt">The instant of the log the figures reflect: asKnownAt when given, else when they were read.</param>
/// <param name="LastSequence">The last event of the city's log recorded by then (0 for an empty log).</param>
/// <param name="Checkpoint">The audit chain's checkpoint that seals that event; null while the sealer has not reached it.</param>
/// <param name="LatestCheckpoint">When <paramref name="Checkpoint"/> is null: the chain's latest checkpoint then.</param>
public sealed record Provenance(Instant KnownAt, bool AsKnownAt, long LastSequence, AuditCheckpoint? Checkpoint, AuditCheckpoint? LatestCheckpoint);

/// <param name="Hash">The checkpoint's keyed hash (HMAC-SHA-256), lowercase hexadecimal, as GET /audit/anchor gives it.</param>
public sealed record AuditCheckpoint(long Id, long UpToSequence, string Hash);
