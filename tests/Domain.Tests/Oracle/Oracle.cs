using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Drawings;
using ConseilsCitoyens.Domain.Immersions;
using ConseilsCitoyens.Domain.Initiatives;
using ConseilsCitoyens.Domain.Interpellations;
using ConseilsCitoyens.Domain.Meetings;
using ConseilsCitoyens.Domain.Proposals;
using ConseilsCitoyens.Domain.Quartiers;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.SteeringSessions;
using ConseilsCitoyens.Domain.Team;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Oracle;

/// <summary>The councils a report pools: one council, a quartier's, an arrondissement's, or the whole programme's.</summary>
public sealed record Scope(string Name, IReadOnlySet<Guid> Councils, bool Programme);

/// <param name="Ratio">A share or an average: the report rounds it to four decimals, so it is compared within half a unit of the fourth.</param>
public sealed record Expected(decimal? Value, IReadOnlyDictionary<string, int>? Breakdown = null, bool Ratio = false);

/// <summary>
/// A second computation of every indicator, written from DOMAIN.md §3 and §5 and the written
/// definitions of the catalogue (IndicatorDefinitions): it reads the log
/// of events as recorded and nothing else — no aggregate's Evolve, no state, no indicator function
/// of src/Domain — and is naive on purpose (lists scanned again for every figure), so that it is
/// easy to read against the definitions. Where it and Report.Compute disagree, one of them is wrong.
/// </summary>
public sealed class Oracle(IReadOnlyList<Recorded> log)
{
    private static readonly LocalDate Never = LocalDate.MaxIsoValue;

    /// <summary>Rule 12 is in force from the law of 21 February 2014 (DOMAIN.md §3).</summary>
    private static readonly LocalDate LoiLamy = new(2014, 2, 21);

    /// <summary>Every scope a report can be asked for: each council, each quartier code and arrondissement any council ever had, the programme.</summary>
    public IReadOnlyList<Scope> Scopes()
    {
        var councils = Of<CouncilCreated>().Select(c => c.CouncilId).ToArray();
        var codes = councils.ToDictionary(c => c, CodesEver);
        var scopes = councils.Select(c => new Scope($"conseil {c}", new HashSet<Guid> { c }, false)).ToList();
        var quartiers = Of<QuartierRegistered>().ToArray();
        scopes.AddRange(quartiers.Select(q => new Scope($"quartier {q.Code}", councils.Where(c => codes[c].Contains(q.Code)).ToHashSet(), false)));
        scopes.AddRange(quartiers.Select(q => q.ArrondissementCode).Distinct().Select(a => new Scope($"arrondissement {a}",
            councils.Where(c => codes[c].Any(code => quartiers.Any(q => q.Code == code && q.ArrondissementCode == a))).ToHashSet(), false)));
        scopes.Add(new Scope("programme", councils.ToHashSet(), true));
        return scopes;
    }

    /// <param name="to">The period's last day, already brought back to asOf.</param>
    public IReadOnlyDictionary<string, Expected> Report(Scope scope, LocalDate from, LocalDate to)
    {
        bool In(LocalDate d) => from <= d && d <= to;
        var mine = scope.Councils;

        var sitting = Of<MemberJoined>().Where(m => mine.Contains(m.CouncilId) && Sits(m, to)).ToArray();
        var residents = sitting.Where(m => m.College == College.Residents).ToArray();
        var women = residents.Count(m => m.Gender == Gender.Female);
        // Only the age group on joining is in the log; a member who gave no birth year is not counted.
        var aged = sitting.Where(m => m.AgeGroup is not null).ToArray();
        var young = aged.Count(m => m.AgeGroup == AgeGroup.Under30);

        var departures = Of<MemberLeft>().Where(m => mine.Contains(m.CouncilId) && In(m.LeftOn) && m.Reason != DepartureReason.CouncilDissolved).ToArray();
        var answers = Of<DrawnCandidateAccepted>().Where(a => mine.Contains(a.CouncilId) && In(a.AnsweredOn)).Select(_ => true)
            .Concat(Of<DrawnCandidateRefused>().Where(a => mine.Contains(a.CouncilId) && In(a.AnsweredOn)).Select(_ => false)).ToArray();
        var codes = mine.SelectMany(CodesEver).ToHashSet();

        var held = Of<MeetingPlanned>().Where(m => mine.Contains(m.CouncilId))
            .Select(m => (Planned: m, Held: Last<MeetingHeld>(m.MeetingId)))
            .Where(m => m.Held is { } h && In(h.HeldOn)).ToArray();
        var registers = held.Select(m => (m.Held!, Register: Last<AttendanceRecorded>(m.Planned.MeetingId))).Where(m => m.Register is not null).ToArray();
        var items = held.SelectMany(m => Of<AgendaItemAdded>().Where(i => i.MeetingId == m.Planned.MeetingId)).ToArray();
        // A council counts in the divisor if it existed during the period: created by its end, not dissolved by its start.
        var existing = mine.Count(c => Of<CouncilCreated>().Single(e => e.CouncilId == c).CreatedOn <= to && DissolvedOn(c) > from);

        var participations = Participations().Where(p => mine.Contains(p.Council) && In(p.HeldOn)).ToArray();
        var sessions = participations.GroupBy(p => p.Session).ToArray();

        var answered = Of<ProposalAnswered>().Where(a => mine.Contains(CouncilOfProposal(a.ProposalId)) && In(a.AnsweredOn))
            .Select(a => (decimal)Period.Between(Of<ProposalFiled>().Single(f => f.ProposalId == a.ProposalId).FiledOn, a.AnsweredOn, PeriodUnits.Days).Days)
            .Order().ToArray();
        var stages = Of<InterpellationReferred>().Where(i => mine.Contains(i.CouncilId) && i.ReferredOn <= to)
            .Select(i => StageOn(i.InterpellationId, to)).ToArray();
        var supports = Of<InitiativeSupported>().Where(s => mine.Contains(s.CouncilId) && In(s.SupportedOn)).ToArray();
        var warnings = Warnings(mine, from, to);

        return new Dictionary<string, Expected>
        {
            ["members"] = new(sitting.Length),
            ["members-residents"] = new(residents.Length),
            ["members-local-actors"] = new(sitting.Count(m => m.College == College.LocalActors)),
            ["residents-share"] = Share(residents.Length, sitting.Length),
            ["parity-residents"] = Share(women, residents.Length) with
            {
                Breakdown = new Dictionary<string, int> { ["female"] = women, ["male"] = residents.Length - women },
            },
            ["youth-share"] = Share(young, aged.Length) with
            {
                Breakdown = new Dictionary<string, int> { ["under30"] = young, ["thirtyOrOver"] = aged.Length - young },
            },
            ["drawn-share"] = Share(residents.Count(m => m.Origin is MemberOrigin.Drawn or MemberOrigin.Substitute), residents.Length),
            ["members-joined"] = new(Of<MemberJoined>().Count(m => mine.Contains(m.CouncilId) && In(m.JoinedOn))),
            // The end of a dissolved council is no renewal of its members.
            ["turnover"] = new(departures.Length, Enum.GetValues<DepartureReason>().Where(r => r != DepartureReason.CouncilDissolved)
                .ToDictionary(CamelCase, r => departures.Count(m => m.Reason == r))),
            ["replacements"] = new(Of<MemberJoined>().Count(m => mine.Contains(m.CouncilId) && In(m.JoinedOn) && m.Replaces is not null)),
            ["drawings-held"] = new(Of<DrawingHeld>().Count(h => mine.Contains(h.CouncilId) && In(h.HeldOn))),
            ["drawing-acceptance-rate"] = Share(answers.Count(a => a), answers.Length) with
            {
                Breakdown = new Dictionary<string, int> { ["accepted"] = answers.Count(a => a), ["refused"] = answers.Count(a => !a) },
            },
            ["meetings-held"] = new(held.Length, Enum.GetValues<MeetingKind>().ToDictionary(CamelCase, k => held.Count(m => m.Planned.Kind == k))),
            ["meetings-on-non-working-days"] = new(held.Count(m => OffDay(m.Held!.HeldOn) is not null),
                Enum.GetValues<NonWorkingDayKind>().ToDictionary(CamelCase, k => held.Count(m => OffDay(m.Held!.HeldOn) == k))),
            ["meetings-per-council"] = existing == 0 ? new(null, Ratio: true) : new((decimal)held.Length / existing, Ratio: true),
            ["attendance-rate"] = Share(registers.Sum(r => r.Register!.Register.Count(e => e.Presence == Presence.Present)),
                registers.Sum(r => r.Register!.Register.Count + AbsentFromRegister(r.Item1, r.Register!))),
            ["meetings-convened-by-members-share"] = Share(held.Count(m => m.Planned.ConvenedBy.Kind == ActorKind.Member), held.Length),
            ["meetings-chaired-by-members-share"] = Share(held.Count(m => m.Held!.ChairedBy.Kind == ActorKind.Member), held.Length),
            ["agenda-items-by-members-share"] = Share(items.Count(i => i.ProposedBy.Kind == ActorKind.Member), items.Length),
            ["steering-sessions"] = new(sessions.Length),
            ["steering-sessions-with-representative"] = new(sessions.Count(s => s.Any(p => p.Representatives.Count > 0))),
            ["steering-invitations"] = new(participations.Count(p => p.Invited)),
            ["steering-presences"] = new(participations.Count(p => p.Representatives.Count > 0)),
            ["steering-interventions"] = new(participations.Count(p => p.Spoke)),
            ["proposals-filed"] = new(Of<ProposalFiled>().Count(p => mine.Contains(p.CouncilId) && In(p.FiledOn))),
            ["proposals-answered"] = new(answered.Length),
            ["answer-delay-days-median"] = new(answered.Length == 0 ? null
                : answered.Length % 2 == 1 ? answered[answered.Length / 2]
                : (answered[answered.Length / 2 - 1] + answered[answered.Length / 2]) / 2),
            ["interpellations-by-stage"] = new(stages.Length, Enum.GetValues<InterpellationStage>()
                .ToDictionary(CamelCase, s => stages.Count(x => x == s))),
            ["initiatives-launched"] = new(Of<InitiativeLaunched>().Count(i => mine.Contains(i.CouncilId) && In(i.LaunchedOn))),
            ["initiatives-supported"] = new(supports.Select(s => s.InitiativeId).Distinct().Count()),
            ["funds-obtained-cents"] = new(supports.Sum(s => s.AmountCents ?? 0)),
            ["compliance-warnings"] = new(warnings.Values.Sum(), warnings),
            ["residents-reached"] = new(Of<MobilisationRecorded>()
                .Where(m => mine.Contains(m.CouncilId) && In(m.On) && !Of<ActivityEntryCancelled>().Any(c => c.EntryId == m.EntryId))
                .Sum(m => m.ResidentsReached)),
            ["immersions"] = new(scope.Programme ? Of<ImmersionRecorded>().Count(i => In(i.On)) : null),
            ["roadmap-actions-done"] = new(Of<RoadmapActionCompleted>()
                .Count(d => In(d.DoneOn) && mine.Contains(Of<RoadmapOpened>().Single(o => o.RoadmapId == d.RoadmapId).CouncilId))),
            ["training-hours"] = new(scope.Programme ? Of<TrainingCompleted>().Where(t => In(t.On)).Sum(t => t.Hours) : null),
            ["diagnostics-published"] = new(Of<DiagnosticVersionPublished>().Count(v => codes.Contains(v.QuartierCode) && In(v.PublishedOn))),
            ["coverage-days"] = new(mine.Sum(c => Days(from, to).Count(day => Exists(c, day) && Covered(c, day)))),
            ["vacancy-days"] = new(mine.Sum(c => Days(from, to).Count(day => Exists(c, day) && !Covered(c, day)))),
        };
    }

    /// <summary>A member sits from the day they join to the day before they leave, or before their council is dissolved.</summary>
    private bool Sits(MemberJoined m, LocalDate day)
    {
        var left = Of<MemberLeft>().FirstOrDefault(l => l.CouncilId == m.CouncilId && l.MemberId == m.MemberId)?.LeftOn ?? Never;
        var end = left < DissolvedOn(m.CouncilId) ? left : DissolvedOn(m.CouncilId);
        return m.JoinedOn <= day && day < end;
    }

    /// <summary>A council exists from its creation to the day before its dissolution.</summary>
    private bool Exists(Guid council, LocalDate day) => Life(council).Created <= day && day < Life(council).Dissolved;

    private readonly Dictionary<Guid, (LocalDate Created, LocalDate Dissolved)> _lives = [];

    private (LocalDate Created, LocalDate Dissolved) Life(Guid council) =>
        _lives.TryGetValue(council, out var life) ? life
        : _lives[council] = (Of<CouncilCreated>().Single(c => c.CouncilId == council).CreatedOn, DissolvedOn(council));

    /// <summary>Someone of the team was assigned to the council that day.</summary>
    private bool Covered(Guid council, LocalDate day) => Assignments(council).Any(s => s.From <= day && day < s.Until);

    private readonly Dictionary<Guid, IReadOnlyList<(Guid Member, LocalDate From, LocalDate Until)>> _assignments = [];

    /// <summary>
    /// Each assignment to the council, from its first day to the day before its planned end, its end
    /// (the assignment running that day ends) or its member's departure (read once per council).
    /// </summary>
    private IReadOnlyList<(Guid Member, LocalDate From, LocalDate Until)> Assignments(Guid council)
    {
        if (_assignments.TryGetValue(council, out var known))
            return known;
        var spans = new List<(Guid Member, LocalDate From, LocalDate Until)>();
        foreach (var data in log.Select(r => r.Data))
            switch (data)
            {
                case TeamMemberAssigned a when a.CouncilId == council:
                    spans.Add((a.FacilitatorId, a.From, a.Until ?? Never));
                    break;
                case TeamMemberUnassigned u when u.CouncilId == council:
                    var running = spans.FindIndex(s => s.Member == u.FacilitatorId && s.From <= u.On && u.On < s.Until);
                    if (running >= 0)
                        spans[running] = spans[running] with { Until = u.On };
                    break;
                case TeamMemberLeft l:
                    for (var i = 0; i < spans.Count; i++)
                        if (spans[i].Member == l.FacilitatorId && l.On < spans[i].Until)
                            spans[i] = spans[i] with { Until = l.On };
                    break;
            }
        return _assignments[council] = spans;
    }

    /// <summary>A Saturday or a Sunday is a weekend, whatever else; another day in the programme's holidays is a public holiday.</summary>
    private static NonWorkingDayKind? OffDay(LocalDate day) =>
        day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? NonWorkingDayKind.Weekend
        : World.Holidays.Contains(day) ? NonWorkingDayKind.PublicHoliday
        : null;

    private static IEnumerable<LocalDate> Days(LocalDate from, LocalDate to)
    {
        for (var day = from; day <= to; day = day.PlusDays(1))
            yield return day;
    }

    private static string CamelCase<T>(T value) where T : Enum => char.ToLowerInvariant(value.ToString()[0]) + value.ToString()[1..];

    private LocalDate DissolvedOn(Guid council) =>
        Of<CouncilStatusChanged>().FirstOrDefault(s => s.CouncilId == council && s.Status == CouncilStatus.Dissolved)?.On ?? Never;

    /// <summary>Members sitting on the day of a meeting and not named in its register count as absent.</summary>
    private int AbsentFromRegister(MeetingHeld held, AttendanceRecorded register) =>
        Of<MemberJoined>().Count(m => m.CouncilId == held.CouncilId && Sits(m, held.HeldOn) && register.Register.All(e => e.MemberId != m.MemberId));

    /// <summary>
    /// Every warning dated in the period, by rule; rule 12 judged on each session's participation as
    /// last recorded: a session the council was not invited to counts once, one it had no
    /// representative at counts once, whatever warnings were recorded before a correction.
    /// </summary>
    private IReadOnlyDictionary<string, int> Warnings(IReadOnlySet<Guid> councils, LocalDate from, LocalDate to)
    {
        var rules = Of<ComplianceWarningRecorded>().Where(w => councils.Contains(w.CouncilId) && from <= w.On && w.On <= to && w.Rule != 12)
            .Select(w => w.Rule).ToList();
        foreach (var p in Participations()
                     .Where(p => councils.Contains(p.Council) && from <= p.HeldOn && p.HeldOn <= to && p.HeldOn >= LoiLamy))
            rules.AddRange(new[] { !p.Invited, p.Representatives.Count == 0 }.Where(broken => broken).Select(_ => 12));
        return rules.GroupBy(r => r).OrderBy(g => g.Key).ToDictionary(g => $"rule-{g.Key}", g => g.Count());
    }

    /// <summary>
    /// Each council's part in each session, as last recorded: a session held once for several councils
    /// (or, before sessions could be shared, one per council), each participation replaced by its corrections.
    /// </summary>
    private IEnumerable<(Guid Session, Guid Council, LocalDate HeldOn, bool Invited, IReadOnlyList<Guid> Representatives, bool Spoke)> Participations()
    {
        var heldOn = Of<SteeringSessionHeld>().Select(s => (s.SessionId, s.HeldOn))
            .Concat(Of<SteeringSessionRecorded>().Select(s => (s.SessionId, s.HeldOn)))
            .ToDictionary(s => s.SessionId, s => s.HeldOn);
        var last = new Dictionary<(Guid, Guid), (bool Invited, IReadOnlyList<Guid> Representatives, bool Spoke)>();
        foreach (var data in log.Select(r => r.Data))
            switch (data)
            {
                case SteeringSessionRecorded e: last[(e.SessionId, e.CouncilId)] = (e.Invited, e.RepresentativeIds, e.Spoke); break;
                case SteeringParticipationRecorded e: last[(e.SessionId, e.CouncilId)] = (e.Invited, e.RepresentativeIds, e.Spoke); break;
                case SteeringParticipationCorrected e: last[(e.SessionId, e.CouncilId)] = (e.Invited, e.RepresentativeIds, e.Spoke); break;
            }
        return last.Select(p => (p.Key.Item1, p.Key.Item2, heldOn[p.Key.Item1], p.Value.Invited, p.Value.Representatives, p.Value.Spoke));
    }

    /// <summary>The stage an interpellation stood at on a day: the last one reached on or before it.</summary>
    private InterpellationStage StageOn(Guid interpellation, LocalDate day) =>
        log.Select((r, i) => (r.Stream, r.Data, i))
            .Where(r => r.Stream == interpellation)
            .Select(r => r.Data switch
            {
                InterpellationReferred e => (Stage: InterpellationStage.Referred, On: e.ReferredOn, r.i),
                InterpellationTransmitted e => (InterpellationStage.Transmitted, e.TransmittedOn, r.i),
                InterpellationEscalated e => (InterpellationStage.Escalated, e.EscalatedOn, r.i),
                InterpellationDebated e => (InterpellationStage.Debated, e.DebatedOn, r.i),
                InterpellationClosed e => (InterpellationStage.Closed, e.ClosedOn, r.i),
                _ => (Stage: (InterpellationStage?)null, On: Never, r.i),
            })
            .Where(s => s.Stage is not null && s.On <= day)
            .OrderBy(s => s.On).ThenBy(s => s.i)
            .Last().Stage!.Value;

    private Guid CouncilOfProposal(Guid proposal) => Of<ProposalFiled>().Single(f => f.ProposalId == proposal).CouncilId;

    private IReadOnlySet<string> CodesEver(Guid council) =>
        Of<CouncilCreated>().Where(c => c.CouncilId == council).SelectMany(c => c.QuartierCodes)
            .Concat(Of<CouncilQuartiersRemapped>().Where(r => r.CouncilId == council).SelectMany(r => r.QuartierCodes))
            .ToHashSet();

    private static Expected Share(int part, int whole) => new(whole == 0 ? null : (decimal)part / whole, Ratio: true);

    private IEnumerable<T> Of<T>() => log.Select(r => r.Data).OfType<T>();

    /// <summary>The last event of this type in a stream: a later register, hold or correction replaces the earlier one.</summary>
    private T? Last<T>(Guid stream) where T : class => log.Where(r => r.Stream == stream).Select(r => r.Data).OfType<T>().LastOrDefault();
}
