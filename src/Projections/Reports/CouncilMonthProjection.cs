using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Meetings;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using NodaTime;

namespace ConseilsCitoyens.Projections.Reports;

/// <summary>
/// Files each held meeting under its council and the month it was held in, so a report reads the
/// months of its period instead of every meeting of the council's history. A meeting's events do not
/// all carry its held date, so the meeting is folded (the stream's earlier events, then the new ones)
/// whenever an event may change a held meeting; planning one touches no row.
/// </summary>
public sealed class CouncilMonthProjection : IProjection
{
    // The name Marten gives a custom projection, in the live store and as a member of the one-pass rebuild.
    public const string Name = nameof(CouncilMonthProjection);

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var rows = new Dictionary<string, CouncilMonth>(StringComparer.Ordinal);
        foreach (var stream in events.Where(e => e.Data is IMeetingEvent).GroupBy(e => e.StreamId))
        {
            var pending = stream.OrderBy(e => e.Version).ToArray();
            if (pending.All(e => e.Data is MeetingPlanned))
                continue;
            var before = await Before(operations, stream.Key, pending[0], cancellation);
            var after = StreamFold.Fold<Meeting>(pending, before);
            var (leaves, files) = MeetingMonths.Filing(before, after);
            if (leaves is { } left)
                await Change(operations, rows, before!.CouncilId, left, held => held.RemoveAll(m => m.Id == before.Id), cancellation);
            if (files is { } month)
                await Change(operations, rows, after!.CouncilId, month, held => [.. held.RemoveAll(m => m.Id == after.Id).Add(after).OrderBy(m => m.Id)], cancellation);
        }
        foreach (var (id, row) in rows)
        {
            if (row.HeldMeetings.IsEmpty)
                operations.Delete<CouncilMonth>(id);
            else
                operations.Store(row);
        }
    }

    /// <summary>The meeting as its stream's events before <paramref name="first"/> fold it.</summary>
    private static async Task<Meeting?> Before(IDocumentOperations operations, Guid stream, IEvent first, CancellationToken cancellation)
    {
        // Appended quickly (inline), an event has no version yet and none of the transaction's events is
        // stored: the stream as stored is the one before. Otherwise (rich appends, the daemon, a rebuild)
        // the events stored may include these and later ones: the stream up to the version before.
        if (first.Version == 0)
            return StreamFold.Fold<Meeting>(await operations.Events.FetchStreamAsync(stream, token: cancellation));
        return first.Version == 1
            ? null
            : StreamFold.Fold<Meeting>(await operations.Events.FetchStreamAsync(stream, first.Version - 1, token: cancellation));
    }

    private static async Task Change(IDocumentOperations operations, Dictionary<string, CouncilMonth> rows, Guid councilId, LocalDate month,
        Func<ImmutableArray<Meeting>, ImmutableArray<Meeting>> change, CancellationToken cancellation)
    {
        var id = CouncilMonth.IdOf(councilId, month);
        if (!rows.TryGetValue(id, out var row))
            row = await operations.LoadAsync<CouncilMonth>(id, cancellation) ?? new CouncilMonth(id, councilId, month, []);
        rows[id] = row with { HeldMeetings = change(row.HeldMeetings) };
    }
}
