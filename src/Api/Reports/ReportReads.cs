using System.Text.RegularExpressions;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Drawings;
using ConseilsCitoyens.Domain.Immersions;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Initiatives;
using ConseilsCitoyens.Domain.Interpellations;
using ConseilsCitoyens.Domain.Meetings;
using ConseilsCitoyens.Domain.Proposals;
using ConseilsCitoyens.Domain.Quartiers;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.SteeringSessions;
using ConseilsCitoyens.Domain.Team;
using ConseilsCitoyens.Projections.Maintenance;
using ConseilsCitoyens.Projections.Reports;
using Marten;
using Marten.Linq.MatchesSql;
using NodaTime;

namespace ConseilsCitoyens.Api.Reports;

/// <summary>A report computed once, whatever it is then written as (JSON, open-data JSON, CSV, the dashboard).</summary>
/// <param name="KnownAt">The instant of the log the figures reflect (KnownStates.At).</param>
internal sealed record ComputedReport(
    ReportScope Scope, Guid? CouncilId, string? ArrondissementCode, ReportPeriod Period, IReadOnlyList<Guid> Councils, IReadOnlyList<IndicatorValue> Values,
    Instant KnownAt)
{
    public string? QuartierCode { get; init; }
}

/// <summary>The facts of a scope, read once, for any period or view.</summary>
internal sealed record ScopedFacts(
    ReportScope Scope, Guid? CouncilId, string? ArrondissementCode, IReadOnlyList<Guid> Councils, ReportFacts Facts, Instant KnownAt)
{
    /// <summary>The convention's targets this scope is compared with: its own only.</summary>
    public TargetScope Targets => CouncilId is { } council ? TargetScope.Council(council)
        : ArrondissementCode is { } code ? TargetScope.Arrondissement(code)
        : TargetScope.Programme;

    public ComputedReport Report(ReportPeriod period) =>
        new(Scope, CouncilId, ArrondissementCode, period, Councils, Domain.Indicators.Report.Compute(Facts, period), KnownAt);
}

internal static partial class ReportReads
{
    /// <summary>
    /// A council's report: its meetings tallied in the months of the period (the CouncilMonth rows), not from its
    /// whole history; as known at an instant, every state is folded again from the events recorded by then.
    /// </summary>
    public static async Task<ComputedReport> CouncilReport(this KnownStates states, Guid councilId, ReportPeriod period, CancellationToken ct)
    {
        if (states.AsKnownAt is not null)
            return (await states.LoadScope(councilId, null, ct)).Report(period);
        var council = await states.LoadCouncil(councilId, ct);
        var facts = await states.LoadFacts([council], ct, wholeProgramme: false, heldMeetingsIn: period);
        return new ScopedFacts(ReportScope.Council, councilId, null, [councilId], facts, states.At).Report(period);
    }

    /// <summary>The whole programme's or an arrondissement's report: as a council's, its meetings from the months of the period.</summary>
    public static async Task<ComputedReport> ProgrammeReport(this KnownStates states, string? arrondissement, ReportPeriod period, CancellationToken ct) =>
        (await states.LoadScope(null, arrondissement, ct, heldMeetingsIn: period)).Report(period);

    /// <summary>The facts of one council, of one arrondissement's councils, or of the whole programme (neither given).</summary>
    /// <param name="heldMeetingsIn">When the facts serve a report of this period only (<see cref="LoadFacts"/>).</param>
    public static async Task<ScopedFacts> LoadScope(this KnownStates states, Guid? councilId, string? arrondissement, CancellationToken ct,
        ReportPeriod? heldMeetingsIn = null)
    {
        var code = ParseArrondissement(arrondissement);
        if (councilId is { } id)
        {
            if (code is not null)
                throw new MalformedRequest("arrondissement", "Give a council or an arrondissement, not both.");
            var council = await states.LoadCouncil(id, ct);
            return new ScopedFacts(ReportScope.Council, id, null, [id], await states.LoadFacts([council], ct, wholeProgramme: false, heldMeetingsIn), states.At);
        }

        IReadOnlyList<Council> councils = await states.Query<Council>(ct);
        if (code is not null)
        {
            var arrondissementOf = (await states.Query<Quartier>(ct, q => q.ArrondissementCode == code))
                .Where(q => q.ArrondissementCode == code).ToDictionary(q => q.Code, q => q.ArrondissementCode, StringComparer.Ordinal);
            councils = councils.Where(c => c.ArrondissementCodes(arrondissementOf).Contains(code)).ToArray();
        }
        councils = councils.OrderBy(c => c.Id).ToArray();
        var facts = await states.LoadFacts(councils, ct, wholeProgramme: code is null, heldMeetingsIn);
        return new ScopedFacts(code is null ? ReportScope.Programme : ReportScope.Arrondissement, null, code, councils.Select(c => c.Id).ToArray(), facts,
            states.At);
    }

    /// <summary>
    /// A quartier's councils pooled, on either map: a code of 2015 (QP…) or of 2024 (QN…) finds the
    /// councils that covered it at any time, and their whole life is reported, so one period reads
    /// the same under a council's old and new codes.
    /// </summary>
    public static async Task<ComputedReport> QuartierReport(this KnownStates states, string code, ReportPeriod period, CancellationToken ct)
    {
        var quartier = await states.Load<Quartier>(Quartier.StreamIdFor(Quartier.Normalise(code)), ct)
                       ?? throw new ResourceNotFound($"Quartier {code}");
        var councils = await states.CouncilsEverCovering(quartier.Code, ct);
        var facts = await states.LoadFacts(councils, ct, wholeProgramme: false);
        return new ComputedReport(ReportScope.Quartier, null, quartier.ArrondissementCode, period, councils.Select(c => c.Id).ToArray(),
            Report.Compute(facts, period), states.At) { QuartierCode = quartier.Code };
    }

    /// <summary>The councils that had this quartier's code at any time, on either map, by id.</summary>
    public static async Task<IReadOnlyList<Council>> CouncilsEverCovering(this KnownStates states, string quartierCode, CancellationToken ct) =>
        // Narrowed in the database by the index on the quartier history, which holds the current codes
        // too (each remapping adds a spell); the domain's own list of codes then has the last word.
        (await states.Query<Council>(ct, c => c.MatchesSql('^', $"{CouncilQuartierCodesIndex.Expression} ? ^::text", quartierCode)))
            .Where(c => c.AllQuartierCodes().Contains(quartierCode)).OrderBy(c => c.Id).ToArray();

    /// <returns>The INSEE code, or null for the whole programme; a 400 when it is not one.</returns>
    public static string? ParseArrondissement(string? arrondissement)
    {
        var code = arrondissement?.Trim();
        if (code is { Length: 0 })
            return null;
        if (code is not null && !ArrondissementPattern().IsMatch(code))
            throw new MalformedRequest("arrondissement", $"'{arrondissement}' is not an INSEE arrondissement code such as 75118.");
        return code;
    }

    /// <summary>
    /// Everything the indicators read for these councils, in one round trip for the current states
    /// (<see cref="KnownStatesBatch"/>). Dates are filtered in memory by the domain (LINQ cannot filter
    /// NodaTime members); a council has a few hundred facts a year.
    /// </summary>
    /// <param name="wholeProgramme">Also the team's own work (immersions, trainings), which only the whole programme reports;
    /// otherwise only the team members assigned to these councils at some time.</param>
    /// <param name="heldMeetingsIn">When the facts serve a report of this period only: the CouncilMonth rows of its months,
    /// instead of every month's.</param>
    public static async Task<ReportFacts> LoadFacts(this KnownStates states, IReadOnlyList<Council> councils, CancellationToken ct,
        bool wholeProgramme = true, ReportPeriod? heldMeetingsIn = null)
    {
        var reads = new KnownStatesBatch(states);
        var ids = councils.Select(c => c.Id).ToArray();
        // One parameter, the array (not params spread over placeholders).
        object[] councilIds = [ids.Select(i => i.ToString("D")).ToArray()];
        // The whole programme reads the whole team (its training hours); a narrower scope only the members ever
        // assigned to one of its councils, all its coverage reads, through their index (not the national team).
        var team = wholeProgramme || states.AsKnownAt is not null
            ? reads.Query<TeamMember>()
            : reads.Query<TeamMember>(f => f.MatchesSql('^', $"{TeamMemberCouncilsIndex.Expression} ?| ^::text[]", councilIds));
        var immersions = wholeProgramme ? reads.Query<Immersion>() : null;
        if (councils.Count == 0)
        {
            await reads.Execute(ct);
            return ReportFacts.None with { Programme = await Programme(immersions, team), Team = await team, Calendar = PublicHolidays.Default };
        }

        // As they stand, the meetings are read as the CouncilMonth rows' day tallies, all an indicator reads of
        // them; as known at an instant, the meetings are folded and tallied.
        var meetingDays = states.AsKnownAt is null ? HeldMeetingDays(reads, ids, heldMeetingsIn) : null;
        var meetings = meetingDays is null ? reads.Query<Meeting>(m => m.CouncilId.IsOneOf(ids)) : null;
        var proposals = reads.Query<Proposal>(p => p.CouncilId.IsOneOf(ids));
        var interpellations = reads.Query<Interpellation>(i => i.CouncilId.IsOneOf(ids));
        // A session may concern several councils: those naming one of these, through their index (a session's councils are only added to).
        var steering = reads.Query<SteeringSession>(s => s.MatchesSql('^', $"{SteeringSessionCouncilsIndex.Expression} ?| ^::text[]", councilIds));
        var initiatives = reads.Query<Initiative>(i => i.CouncilId.IsOneOf(ids));
        // Warnings live in every kind of stream; their CouncilId says whose they are (filtered in the
        // database: reading every warning of the log made a council's report grow with the store).
        var warnings = reads.Warnings(ids);
        var roadmaps = reads.Query<Roadmap>(r => r.CouncilId.IsOneOf(ids));
        var drawings = reads.Query<Drawing>(d => d.CouncilId.IsOneOf(ids));
        var codes = councils.SelectMany(c => c.AllQuartierCodes()).Distinct().ToArray();
        var diagnostics = reads.Query<TerritoryDiagnostic>(d => d.QuartierCode.IsOneOf(codes));
        // A log is per facilitator, and one facilitator may mobilise for several councils: the logs naming
        // one of these councils, through their index; the domain picks the entries.
        var logs = reads.Query<ActivityLog>(l => l.MatchesSql('^', $"{ActivityLogCouncilsIndex.Expression} ?| ^::text[]", councilIds));
        await reads.Execute(ct);
        IReadOnlyList<Meeting> meetingList = meetings is null ? [] : await meetings;

        return new ReportFacts(councils, meetingList, await proposals, await interpellations, await steering, await initiatives, await warnings)
        {
            MeetingDays = meetingDays is null ? MeetingTallies.Of(meetingList) : await meetingDays,
            ActivityLogs = await logs,
            Roadmaps = await roadmaps,
            Team = await team,
            Drawings = await drawings,
            Diagnostics = await diagnostics,
            Calendar = PublicHolidays.Default,
            Programme = await Programme(immersions, team),
        };
    }

    private static async Task<ProgrammeFacts?> Programme(Task<IReadOnlyList<Immersion>>? immersions, Task<IReadOnlyList<TeamMember>> team) =>
        immersions is null ? null : new ProgrammeFacts(await immersions, await team);

    /// <summary>The day tallies of the period's months, or of every month when no period narrows them.</summary>
    private static async Task<IReadOnlyList<MeetingDay>> HeldMeetingDays(KnownStatesBatch reads, IReadOnlyList<Guid> councils, ReportPeriod? period)
    {
        var rows = period is { } months
            ? await reads.LoadMany<CouncilMonth>(councils.SelectMany(c => CouncilMonth.IdsCovering(c, months)))
            : await reads.Query<CouncilMonth>(r => r.CouncilId.IsOneOf(councils.ToArray()));
        return rows.SelectMany(r => r.Days).ToArray();
    }

    [GeneratedRegex("^[0-9]{2}[0-9AB][0-9]{2}$")]
    private static partial Regex ArrondissementPattern();
}
