using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Drawings;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Initiatives;
using ConseilsCitoyens.Domain.Interpellations;
using ConseilsCitoyens.Domain.Meetings;
using ConseilsCitoyens.Domain.Proposals;
using ConseilsCitoyens.Domain.SteeringSessions;
using ConseilsCitoyens.Domain.Team;
using NodaTime;

namespace ConseilsCitoyens.Domain.Replay;

/// <summary>
/// The indicators of some councils recomputed event after event, by folding each event through the
/// aggregates' own Evolve (as the projections do) and then Report.Compute: no projection is read.
/// The period is the window asked for, else every fact known so far: from the beginning to the
/// latest business date folded yet (a day count such as vacancy days needs a last day).
/// </summary>
/// <param name="calendar">The programme's working days (weekends only when not given).</param>
public sealed class IndicatorFold(IReadOnlySet<Guid> councilIds, LocalDate? from, LocalDate? to, WorkingCalendar? calendar = null)
{
    private readonly Dictionary<Guid, Council> _councils = [];
    private readonly Dictionary<Guid, Meeting> _meetings = [];
    private readonly Dictionary<Guid, Proposal> _proposals = [];
    private readonly Dictionary<Guid, Interpellation> _interpellations = [];
    private readonly Dictionary<Guid, SteeringSession> _steering = [];
    private readonly Dictionary<Guid, Initiative> _initiatives = [];
    private readonly Dictionary<Guid, TeamMember> _team = [];
    private readonly Dictionary<Guid, Drawing> _drawings = [];
    private readonly Dictionary<Guid, TerritoryDiagnostic> _diagnostics = [];
    private readonly List<ComplianceWarningRecorded> _warnings = [];
    private Dictionary<string, decimal?> _last = [];
    private LocalDate _latest = from ?? LocalDate.MinIsoValue;

    /// <summary>Folds one event of a stream.</summary>
    public void Apply(Guid streamId, object data)
    {
        if (data is IBusinessDated dated && dated.BusinessDate > _latest)
            _latest = dated.BusinessDate;
        switch (data)
        {
            case ICouncilEvent: Evolve(_councils, streamId, data, Council.Evolve); break;
            case IMeetingEvent: Evolve(_meetings, streamId, data, Meeting.Evolve); break;
            case IProposalEvent: Evolve(_proposals, streamId, data, Proposal.Evolve); break;
            case IInterpellationEvent: Evolve(_interpellations, streamId, data, Interpellation.Evolve); break;
            case IInitiativeEvent: Evolve(_initiatives, streamId, data, Initiative.Evolve); break;
            case ISteeringSessionEvent: Evolve(_steering, streamId, data, SteeringSession.Evolve); break;
            case ITeamEvent: Evolve(_team, streamId, data, TeamMember.Evolve); break;
            case IDrawingEvent: Evolve(_drawings, streamId, data, Drawing.Evolve); break;
            case IDiagnosticEvent: Evolve(_diagnostics, streamId, data, TerritoryDiagnostic.Evolve); break;
            case ComplianceWarningRecorded warning:
                _warnings.Add(warning);
                // As in the projection: a session keeps the warnings recorded on it.
                if (_steering.ContainsKey(streamId))
                    Evolve(_steering, streamId, data, SteeringSession.Evolve);
                break;
        }
    }

    /// <summary>The next <see cref="Changes"/> answers every indicator again, as the first line of a page does.</summary>
    public void StartPage() => _last = [];

    /// <returns>The indicators whose value changed since the last call (all of them the first time), in definition order.</returns>
    public IReadOnlyDictionary<string, decimal?> Changes()
    {
        var councils = _councils.Where(c => councilIds.Contains(c.Key)).Select(c => c.Value).ToArray();
        var facts = new ReportFacts(councils,
            Of(_meetings, m => m.CouncilId), Of(_proposals, p => p.CouncilId), Of(_interpellations, i => i.CouncilId),
            _steering.Values.Where(s => s.CouncilIds.Any(councilIds.Contains)).ToArray(), Of(_initiatives, i => i.CouncilId),
            _warnings.Where(w => councilIds.Contains(w.CouncilId)).ToArray())
        {
            Team = [.. _team.Values],
            Drawings = Of(_drawings, d => d.CouncilId),
            Diagnostics = [.. _diagnostics.Values],
            Calendar = calendar ?? WorkingCalendar.WeekendsOnly,
        };
        var period = new ReportPeriod(from ?? LocalDate.MinIsoValue, to ?? _latest);
        var now = Report.Compute(facts, period).ToDictionary(v => v.Definition.Id, v => v.Value);
        var changed = now.Where(v => !_last.TryGetValue(v.Key, out var before) || before != v.Value)
            .ToDictionary(v => v.Key, v => v.Value);
        _last = now;
        return changed;
    }

    private T[] Of<T>(Dictionary<Guid, T> states, Func<T, Guid> council) =>
        states.Values.Where(s => councilIds.Contains(council(s))).ToArray();

    private static void Evolve<T>(Dictionary<Guid, T> states, Guid id, object data, Func<T?, object, T> evolve) where T : class =>
        states[id] = evolve(states.GetValueOrDefault(id), data);
}
