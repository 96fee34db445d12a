using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Quartiers;
using ConseilsCitoyens.Domain.Replay;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Quartiers;

/// <param name="Indicators">The indicators whose value this event changed (id → value), absent when none did.</param>
public sealed record ReplayedEvent(
    long Sequence, Guid StreamId, long Version, string Type, LocalDate? BusinessDate, Instant Recorded,
    IReadOnlyDictionary<string, decimal?>? Indicators);

public static class ReplayQuartierEndpoint
{
    public const string ContentType = JsonLinesResult<ReplayedEvent>.ContentType;
    private const int DefaultLimit = 1_000;
    private const int MaxLimit = 10_000;

    [WolverineGet("/quartiers/{code}/replay")]
    [Tags("Quartiers")]
    [EndpointSummary("A quartier's events in global sequence order as JSON lines (its councils' streams and every stream tied to them), " +
        "each with the indicators it changed, recomputed from the events alone; ?from=&to= business dates, ?asKnownAt= an instant (only the events recorded by then), ?after= a sequence to resume, ?limit= (default 1000, at most 10000)")]
    [ProducesResponseType<ReplayedEvent>(200, ContentType)]
    public static async Task<IResult> Get(
        string code, string? from, string? to, string? asKnownAt, string? after, string? limit,
        IQuerySession session, IDocumentStore store, LongReads reads, ReplayResumption resumption, IClock clock, WorkingCalendar calendar,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        var first = QueryDates.Parse(from, nameof(from));
        var last = QueryDates.Parse(to, nameof(to));
        if (first > last)
            throw new MalformedRequest(nameof(to), $"The range ends ({last:yyyy-MM-dd}) before it starts ({first:yyyy-MM-dd}).");
        var cursor = Number(after, nameof(after), 0, long.MaxValue) ?? 0;
        var count = (int)(Number(limit, nameof(limit), 1, MaxLimit) ?? DefaultLimit);

        // Disposed on return: the events are streamed afterwards through connections of their own.
        await using var states = await KnownStates.ReadMayLag(session, asKnownAt, clock, ct);
        var quartier = await states.Load<Quartier>(Quartier.StreamIdFor(code), ct) ?? throw new ResourceNotFound($"Quartier {code}");
        // The same councils as the quartier's report: every one that had the code, on either map.
        var councils = (await states.CouncilsEverCovering(quartier.Code, ct)).Select(c => c.Id).ToArray();
        var replay = new ReplayRun(new QuartierEventLog(store, reads, session.TenantId, states.AsKnownAt), resumption, session.TenantId,
            [quartier.Id, TerritoryDiagnostic.StreamIdFor(quartier.Code)], councils, first, last, cursor, count, calendar, states.AsKnownAt is not null);
        return new JsonLinesResult<ReplayedEvent>(replay.Events(ct), json.Value.SerializerOptions, reads.EnterStream());
    }

    private static long? Number(string? value, string name, long min, long max) =>
        string.IsNullOrWhiteSpace(value) ? null
        : long.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n
        : throw new MalformedRequest(name, $"'{value}' is not a whole number from {min} to {max}.");

    /// <summary>
    /// Every event is folded (the indicators need the past); only those after the cursor and in the
    /// window are written. A page resumes the fold its previous page left, else folds from the start
    /// (always, as known at an instant: a kept fold holds every event of its time).
    /// </summary>
    private sealed record ReplayRun(QuartierEventLog Log, ReplayResumption Resumption, string City, Guid[] QuartierStreams, Guid[] Councils,
        LocalDate? From, LocalDate? To, long After, int Limit, WorkingCalendar Calendar, bool AsKnownAt)
    {
        private Guid Quartier => QuartierStreams[0];

        public async IAsyncEnumerable<ReplayedEvent> Events([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            var resumed = After > 0 && !AsKnownAt ? Resumption.Take(KeyAt(After)) : null;
            if (resumed is not null && !await Log.Holds(After, resumed.LastRecorded, ct))
                resumed = null;
            var fold = resumed?.Fold ?? new IndicatorFold(Councils.ToHashSet(), From, To, Calendar);
            fold.StartPage();
            var written = 0;
            await foreach (var e in Log.Read(QuartierStreams, Councils, resumed is null ? 0 : After, ct))
            {
                if (e.Data is not null)
                    fold.Apply(e.StreamId, e.Data);
                var date = (e.Data as IBusinessDated)?.BusinessDate;
                // Many events carry no business date: they cannot be placed outside the window, so they stay.
                var inWindow = date is null || ((From is null || date >= From) && (To is null || date <= To));
                if (e.Sequence <= After || !inWindow)
                    continue;
                var changes = fold.Changes();
                yield return new ReplayedEvent(e.Sequence, e.StreamId, e.Version, e.Type, date, e.Recorded, changes.Count == 0 ? null : changes);
                if (++written == Limit)
                {
                    if (!AsKnownAt)
                        Resumption.Keep(KeyAt(e.Sequence), new PageEnd(fold, e.Recorded));
                    yield break;
                }
            }
        }

        private string KeyAt(long cursor) => ReplayResumption.KeyOf(City, QuartierStreams[0], Councils, From, To, cursor);
    }
}
