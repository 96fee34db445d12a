using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Meetings;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace ConseilsCitoyens.Projections.Reports;

/// <summary>
/// Tallies each held meeting under its council and the month it was held in, so a report reads the
/// months of its period instead of every meeting of the council's history. A meeting's events do not
/// all carry its held date, so the meeting is folded (the stream's earlier events, then the new ones)
/// whenever an event may change a held meeting, and its contribution before is taken from its day and
/// its contribution after added; planning one touches no row.
/// </summary>
public sealed class CouncilMonthProjection : IProjection
{
    // The name Marten gives a custom projection, in the live store and as a member of the one-pass rebuild.
    public const string Name = nameof(CouncilMonthProjection);

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var changed = events.Where(e => e.Data is IMeetingEvent).GroupBy(e => e.StreamId)
            .Select(stream => stream.OrderBy(e => e.Version).ToArray())
            .Where(pending => !pending.All(e => e.Data is MeetingPlanned))
            .ToArray();
        if (changed.Length == 0)
            return;
        var before = await Before(operations, changed.Select(pending => pending[0]).ToArray(), cancellation);
        var changes = changed.SelectMany(pending =>
        {
            var was = before.GetValueOrDefault(pending[0].StreamId);
            return MeetingMonths.Changes(was, StreamFold.Fold<Meeting>(pending, was));
        }).ToArray();
        var rows = await Rows(operations, changes, cancellation);
        foreach (var change in changes)
        {
            var id = CouncilMonth.IdOf(change.CouncilId, change.Month);
            rows[id] = rows[id] with { Days = change.Apply(rows[id].Days) };
        }
        foreach (var (id, row) in rows)
        {
            if (row.Days.IsEmpty)
                operations.Delete<CouncilMonth>(id);
            else
                operations.Store(row);
        }
    }

    /// <summary>
    /// Each meeting as its stream's events before the first of these fold it, all streams read in one query.
    /// Appended quickly (inline), an event has no version yet and none of the transaction's events is
    /// stored: the stream as stored is the one before. Otherwise (rich appends, the daemon, a rebuild)
    /// the events stored may include these and later ones: the stream up to the version before.
    /// </summary>
    private static async Task<IReadOnlyDictionary<Guid, Meeting?>> Before(IDocumentOperations operations, IReadOnlyList<IEvent> firsts,
        CancellationToken cancellation)
    {
        var below = firsts.ToDictionary(e => e.StreamId, e => e.Version == 0 ? long.MaxValue : e.Version);
        var read = below.Where(s => s.Value > 1).Select(s => s.Key).ToArray();
        if (read.Length == 0)
            return below.ToDictionary(s => s.Key, _ => (Meeting?)null);
        var bound = below.Values.Max();
        var query = operations.Events.QueryAllRawEvents().Where(e => e.StreamId.IsOneOf(read));
        if (bound < long.MaxValue)
            query = query.Where(e => e.Version < bound);
        var stored = await query.OrderBy(e => e.Version).ToListAsync(cancellation);
        var streams = stored.Where(e => e.Version < below[e.StreamId]).ToLookup(e => e.StreamId);
        return below.ToDictionary(s => s.Key, s => StreamFold.Fold<Meeting>(streams[s.Key]));
    }

    /// <summary>The rows these changes touch, read in one query; a month with no row yet starts empty.</summary>
    private static async Task<Dictionary<string, CouncilMonth>> Rows(IDocumentOperations operations, IReadOnlyList<MonthChange> changes,
        CancellationToken cancellation)
    {
        var touched = changes.Select(c => (c.CouncilId, c.Month)).Distinct().ToArray();
        var stored = await operations.LoadManyAsync<CouncilMonth>(cancellation, touched.Select(t => CouncilMonth.IdOf(t.CouncilId, t.Month)));
        var rows = stored.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var (council, month) in touched)
            rows.TryAdd(CouncilMonth.IdOf(council, month), new CouncilMonth(CouncilMonth.IdOf(council, month), council, month, []));
        return rows;
    }
}
