using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Team;
using Marten;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// The one way an endpoint writes to a stream: load, check If-Match, decide, append. Wolverine's
/// transactional middleware commits what was appended once the endpoint returns, in one transaction
/// with the Idempotency-Key's claim and its answer (Program.cs).
/// </summary>
internal static class StreamWrites
{
    /// <param name="what">How the stream is named in a 404 or 412 problem ("Council", "Meeting").</param>
    /// <param name="alsoWrite">Documents to store in the same transaction when events are appended.</param>
    /// <returns>The state the decision was made on, the events appended (none for a repeat) and the version once committed.</returns>
    public static async Task<StreamWrite<TState>> Decide<TState>(
        this IDocumentSession session,
        Guid id,
        string? ifMatch,
        string what,
        Func<TState, IReadOnlyList<object>> decide,
        CancellationToken ct,
        Action<IReadOnlyList<object>>? alsoWrite = null) where TState : class
    {
        var expected = Versions.ExpectedVersion(ifMatch);
        // The empty id names no stream (Marten refuses to fetch one for writing).
        if (id == Guid.Empty)
            throw new ResourceNotFound($"{what} {id}");
        // Without If-Match Marten still checks, at commit, that nobody appended since this read.
        var stream = await session.Events.FetchForWriting<TState>(id, ct);
        var state = stream.Aggregate ?? throw new ResourceNotFound($"{what} {id}");
        var version = stream.CurrentVersion ?? 0;
        Versions.CheckExpected(expected, version, $"{what} {id}");

        var events = decide(state);
        if (events.Count > 0)
        {
            stream.AppendMany(events);
            alsoWrite?.Invoke(events);
        }
        return new StreamWrite<TState>(state, events, version + events.Count);
    }

    /// <summary>Starts a new stream; an existing id answers 409 at commit (Marten's stream collision).</summary>
    /// <returns>The stream's version once committed.</returns>
    public static long Start<TState>(this IDocumentSession session, Guid id, IReadOnlyList<object> events)
        where TState : class
    {
        session.Events.StartStream<TState>(id, events.ToArray());
        return events.Count;
    }

    /// <summary>A member of the programme's team other aggregates refer to, or 404.</summary>
    public static async Task<TeamMember> LoadTeamMember(this IQuerySession session, Guid id, CancellationToken ct) =>
        await session.LoadAsync<TeamMember>(id, ct) ?? throw new ResourceNotFound($"Team member {id}");

    /// <summary>A council other aggregates refer to: its current state, or 404.</summary>
    public static async Task<Council> LoadCouncil(this IQuerySession session, Guid councilId, CancellationToken ct) =>
        await session.LoadAsync<Council>(councilId, ct) ?? throw new ResourceNotFound($"Council {councilId}");

    /// <summary>
    /// A council, its stream row locked until this command commits: for a rule that other streams of the
    /// council decide together (one call per departure across its drawings), so that a concurrent command
    /// waits, then reads what this one wrote. Read everything the rule needs after this call.
    /// </summary>
    public static async Task<Council> LockCouncil(this IDocumentSession session, Guid councilId, CancellationToken ct) =>
        (await session.Events.FetchForExclusiveWriting<Council>(councilId, ct)).Aggregate ?? throw new ResourceNotFound($"Council {councilId}");
}

internal sealed record StreamWrite<TState>(TState State, IReadOnlyList<object> Events, long Version);
