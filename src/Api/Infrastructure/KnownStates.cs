using System.Linq.Expressions;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Projections;
using Marten;
using Marten.Linq.MatchesSql;
using NodaTime;
using Npgsql;
using Weasel.Postgresql;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// What a view reads: the projections as they stand, or — asKnownAt — each state as it stood at an
/// earlier instant of the log, folded again by its own projection from the events recorded up to
/// that instant, so that a figure published then is computed again exactly. The views say which
/// instant their figures reflect (<see cref="At"/>), so that a published figure names how to reproduce it.
/// </summary>
internal sealed class KnownStates : IAsyncDisposable
{
    private readonly bool _past;
    private IAsyncDisposable[] _owned = [];

    private KnownStates(IQuerySession session, Instant at, LocalDate today, bool past)
    {
        Session = session;
        At = at;
        Today = today;
        _past = past;
    }

    public IQuerySession Session { get; }

    /// <summary>
    /// The instant the figures reflect: the one asked for, else the moment they were read, by the
    /// database server's clock, the one every event's recording time comes from.
    /// </summary>
    public Instant At { get; }

    /// <summary>The business day a view's date defaults to: the day of asKnownAt (Paris), else today.</summary>
    public LocalDate Today { get; }

    /// <summary>The instant asked for, to filter events by their recorded time; null when reading the projections as they stand.</summary>
    public Instant? AsKnownAt => _past ? At : null;

    /// <param name="asKnownAt">An ISO instant with Z or an offset; absent: now.</param>
    /// <returns>A 400 problem when malformed or later than now (nothing is known of the future).</returns>
    public static async Task<KnownStates> Read(IQuerySession session, string? asKnownAt, IClock clock, CancellationToken ct)
    {
        var asked = QueryDates.ParseInstant(asKnownAt, "asKnownAt");
        var now = await ReplayedUpTo(session, ct);
        if (asked is not { } at)
            return new KnownStates(session, now, ProgrammeCalendar.Today(clock.GetCurrentInstant()), past: false);
        if (at > now)
            throw new MalformedRequest("asKnownAt", $"asKnownAt ({at}) is after now ({now}): only what is recorded can be known.", "known-at.future");
        return new KnownStates(session, at, ProgrammeCalendar.Today(at), past: true);
    }

    /// <summary>
    /// For the views that may lag (reports, evaluation, dashboard, replay): without asKnownAt they read through a
    /// query session of their own on a connection that prefers a streaming standby when the connection
    /// string names one (a single server otherwise), and say the instant that server has replayed up to.
    /// With asKnownAt they read the primary like every other view: a standby may not hold that instant yet.
    /// </summary>
    public static async Task<KnownStates> ReadMayLag(IQuerySession session, string? asKnownAt, IClock clock, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(asKnownAt))
            return await Read(session, asKnownAt, clock, ct);
        var standby = ((PostgresqlDatabase)session.DocumentStore.Storage.Database).CreateConnection(TargetSessionAttributes.PreferStandby);
        try
        {
            // Open: Marten then reads through this connection instead of taking one of its own (on the primary).
            await standby.OpenAsync(ct);
            var options = Marten.Services.SessionOptions.ForConnection(standby);
            options.TenantId = session.TenantId;
            var lagging = session.DocumentStore.QuerySession(options);
            var at = await ReplayedUpTo(lagging, ct);
            return new KnownStates(lagging, at, ProgrammeCalendar.Today(clock.GetCurrentInstant()), past: false) { _owned = [lagging, standby] };
        }
        catch
        {
            await standby.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes the query session and the connection of a view that may lag.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
            await owned.DisposeAsync();
    }

    // A standby's last replayed commit (its clock before it has replayed any); the primary's clock.
    private static async Task<Instant> ReplayedUpTo(IQuerySession session, CancellationToken ct)
    {
        var micros = await session.QueryAsync<long>(
            "select (extract(epoch from case when pg_is_in_recovery() then coalesce(pg_last_xact_replay_timestamp(), clock_timestamp()) " +
            "else clock_timestamp() end) * 1000000)::bigint", ct);
        return Instant.FromUnixTimeTicks(micros[0] * (NodaConstants.TicksPerMillisecond / 1000));
    }

    /// <param name="narrow">A filter the database applies first, on fields a stream never changes afterwards
    /// (a council's id) or only adds to (the codes a council ever had): so the streams it keeps now hold every
    /// stream it would have kept then. Views narrow further in memory on the states returned.</param>
    public async Task<IReadOnlyList<T>> Query<T>(CancellationToken ct, Expression<Func<T, bool>>? narrow = null) where T : class
    {
        IQueryable<T> query = Session.Query<T>();
        if (narrow is not null)
            query = query.Where(narrow);
        var current = await query.ToListAsync(ct);
        return _past ? await Refold(current, ct) : current;
    }

    /// <returns>Null when the stream did not exist, or was not known yet at <see cref="At"/>.</returns>
    public async Task<T?> Load<T>(Guid id, CancellationToken ct) where T : class =>
        await Session.LoadAsync<T>(id, ct) is { } current
            ? _past ? (await Refold<T>([current], ct)).SingleOrDefault() : current
            : null;

    /// <summary>A council other views refer to, or 404 (also when it was not known yet).</summary>
    public async Task<Council> LoadCouncil(Guid councilId, CancellationToken ct) =>
        await Load<Council>(councilId, ct) ?? throw new ResourceNotFound($"Council {councilId}{(_past ? $" as known at {At}" : "")}");

    /// <summary>The compliance warnings concerning these councils, whatever stream holds them, recorded by <see cref="At"/>.</summary>
    public async Task<IReadOnlyList<ComplianceWarningRecorded>> Warnings(IReadOnlyList<Guid> councilIds, CancellationToken ct)
    {
        var ids = councilIds.ToArray();
        var query = Session.Events.QueryRawEventDataOnly<ComplianceWarningRecorded>().Where(w => w.CouncilId.IsOneOf(ids));
        if (_past)
            query = query.Where(w => w.MatchesSql("d.timestamp <= ?", At.ToDateTimeOffset()));
        return await query.ToListAsync(ct);
    }

    // The streams of the states read now, folded from their events recorded by then; a stream not started then folds to nothing.
    private async Task<IReadOnlyList<T>> Refold<T>(IReadOnlyList<T> current, CancellationToken ct) where T : class
    {
        if (current.Count == 0)
            return current;
        var ids = current.Select(DocumentIds<T>.Of).ToArray();
        var at = At.ToDateTimeOffset();
        var events = await Session.Events.QueryAllRawEvents()
            .Where(e => e.StreamId.IsOneOf(ids) && e.Timestamp <= at)
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        var folded = events.GroupBy(e => e.StreamId).ToDictionary(s => s.Key, s => StreamFold.Fold<T>(s));
        return ids.Select(id => folded.GetValueOrDefault(id)).OfType<T>().ToArray();
    }

    // Every document a view reads is a stream's state, identified by its Guid Id (Marten's convention).
    private static class DocumentIds<T>
    {
        public static readonly Func<T, Guid> Of = Compile();

        private static Func<T, Guid> Compile()
        {
            var document = Expression.Parameter(typeof(T));
            return Expression.Lambda<Func<T, Guid>>(Expression.Property(document, "Id"), document).Compile();
        }
    }
}
