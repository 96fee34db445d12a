using System.Linq.Expressions;
using ConseilsCitoyens.Domain.Common;
using Marten;
using Marten.Services.BatchQuerying;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// Several reads of <see cref="KnownStates"/> sent together: each read returns a task that completes at
/// <see cref="Execute"/>. The states as they stand go to the database in one round trip (Marten's batched
/// query); asKnownAt, each read runs then, one after the other, exactly as <see cref="KnownStates"/> reads it
/// alone (each folds its streams again from their own events).
/// </summary>
internal sealed class KnownStatesBatch
{
    private readonly KnownStates _states;
    private readonly IBatchedQuery? _current;
    private readonly List<Func<CancellationToken, Task>> _past = [];

    public KnownStatesBatch(KnownStates states)
    {
        _states = states;
        _current = states.AsKnownAt is null ? states.Session.CreateBatchQuery() : null;
    }

    /// <inheritdoc cref="KnownStates.Query{T}"/>
    public Task<IReadOnlyList<T>> Query<T>(Expression<Func<T, bool>>? narrow = null) where T : class
    {
        if (_current is null)
            return Later(ct => _states.Query(ct, narrow));
        var query = _current.Query<T>();
        return (narrow is null ? query : query.Where(narrow)).ToList();
    }

    /// <inheritdoc cref="KnownStates.Warnings"/>
    public Task<IReadOnlyList<ComplianceWarningRecorded>> Warnings(IReadOnlyList<Guid> councilIds)
    {
        if (_current is null)
            return Later(ct => _states.Warnings(councilIds, ct));
        // Registers the payload as an event type, so that the batch reads it from the log and not from a document table.
        _states.Session.Events.QueryRawEventDataOnly<ComplianceWarningRecorded>();
        var ids = councilIds.ToArray();
        return _current.Query<ComplianceWarningRecorded>().Where(w => w.CouncilId.IsOneOf(ids)).ToList();
    }

    /// <summary>Documents by id as they are stored now, whatever the mode: a view's rows, not a stream's state.</summary>
    public Task<IReadOnlyList<T>> LoadMany<T>(IEnumerable<string> ids) where T : class =>
        _current is null ? Later(ct => _states.Session.LoadManyAsync<T>(ct, ids)) : _current.LoadMany<T>().ByIdList(ids);

    /// <summary>Sends the reads: one round trip for the current states; asKnownAt, each in turn.</summary>
    public async Task Execute(CancellationToken ct)
    {
        if (_current is not null)
            await _current.Execute(ct);
        foreach (var read in _past)
            await read(ct);
    }

    // One session runs one command at a time: a read of the past starts only at Execute, after the one before it.
    private Task<T> Later<T>(Func<CancellationToken, Task<T>> read)
    {
        var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _past.Add(async ct => result.SetResult(await read(ct)));
        return result.Task;
    }
}
