using ConseilsCitoyens.Domain.Councils;

namespace ConseilsCitoyens.Domain.Indicators;

/// <summary>
/// The facts of several councils, indexed by council once, so that a page of many scopes (a row per
/// council and per arrondissement) cuts each scope from them in proportion to that scope's facts,
/// not to all of them. Each list keeps the order it had; the team, the logs and the diagnostics are cut
/// to those that concern the scope, which is all an indicator reads of them.
/// </summary>
public sealed class FactsByCouncil
{
    private readonly ReportFacts _facts;
    private readonly ILookup<Guid, int> _meetings, _meetingDays, _proposals, _interpellations, _steering, _initiatives, _warnings, _roadmaps, _drawings, _logs, _team;
    private readonly ILookup<string, int> _diagnostics;

    public FactsByCouncil(ReportFacts facts)
    {
        _facts = facts;
        _meetings = Positions(facts.Meetings, m => m.CouncilId);
        _meetingDays = Positions(facts.MeetingDays, d => d.CouncilId);
        _proposals = Positions(facts.Proposals, p => p.CouncilId);
        _interpellations = Positions(facts.Interpellations, i => i.CouncilId);
        _steering = PositionsUnderEach(facts.SteeringSessions, s => s.CouncilIds);
        _initiatives = Positions(facts.Initiatives, i => i.CouncilId);
        _warnings = Positions(facts.Warnings, w => w.CouncilId);
        _roadmaps = Positions(facts.Roadmaps, r => r.CouncilId);
        _drawings = Positions(facts.Drawings, d => d.CouncilId);
        _logs = PositionsUnderEach(facts.ActivityLogs, l => l.Entries.Select(e => e.CouncilId).OfType<Guid>());
        _team = PositionsUnderEach(facts.Team, f => f.Assignments.Select(a => a.CouncilId));
        _diagnostics = Positions(facts.Diagnostics, d => d.QuartierCode);
    }

    /// <summary>The facts of these councils only: the team's own work (<see cref="ReportFacts.Programme"/>) belongs to none.</summary>
    public ReportFacts For(IEnumerable<Council> councils)
    {
        var chosen = councils.ToArray();
        var ids = chosen.Select(c => c.Id).Distinct().ToArray();
        return new ReportFacts(chosen,
            Pick(_facts.Meetings, _meetings, ids),
            Pick(_facts.Proposals, _proposals, ids),
            Pick(_facts.Interpellations, _interpellations, ids),
            Pick(_facts.SteeringSessions, _steering, ids),
            Pick(_facts.Initiatives, _initiatives, ids),
            Pick(_facts.Warnings, _warnings, ids))
        {
            MeetingDays = Pick(_facts.MeetingDays, _meetingDays, ids),
            ActivityLogs = Pick(_facts.ActivityLogs, _logs, ids),
            Roadmaps = Pick(_facts.Roadmaps, _roadmaps, ids),
            Team = Pick(_facts.Team, _team, ids),
            Drawings = Pick(_facts.Drawings, _drawings, ids),
            Diagnostics = Pick(_facts.Diagnostics, _diagnostics, chosen.SelectMany(c => c.AllQuartierCodes()).Distinct(StringComparer.Ordinal)),
            Calendar = _facts.Calendar,
            Programme = null,
        };
    }

    // Where each fact stands in its list, under its key.
    private static ILookup<TKey, int> Positions<T, TKey>(IReadOnlyList<T> facts, Func<T, TKey> key) =>
        facts.Select((fact, position) => (Key: key(fact), Position: position)).ToLookup(p => p.Key, p => p.Position);

    // Where each fact stands in its list, under every key it concerns (once per key).
    private static ILookup<TKey, int> PositionsUnderEach<T, TKey>(IReadOnlyList<T> facts, Func<T, IEnumerable<TKey>> keys) =>
        facts.SelectMany((fact, position) => keys(fact).Distinct().Select(key => (Key: key, Position: position)))
            .ToLookup(p => p.Key, p => p.Position);

    // The facts under any of these keys, each once, in the order of their list.
    private static T[] Pick<T, TKey>(IReadOnlyList<T> facts, ILookup<TKey, int> positions, IEnumerable<TKey> keys) =>
        keys.SelectMany(k => positions[k]).Distinct().Order().Select(p => facts[p]).ToArray();
}
