using System.Collections.Concurrent;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace ConseilsCitoyens.Projections;

/// <summary>
/// A document folded from its stream's events by its own projection's Evolve, outside Marten: how a
/// view reads a state as it was known at an earlier instant (only the events recorded by then).
/// </summary>
public static class StreamFold
{
    private static readonly ConcurrentDictionary<Type, object> Projections = new();

    /// <param name="stream">One stream's events, in order (or those after <paramref name="state"/>).</param>
    /// <returns>Null when these events make no such document (the stream was not one yet).</returns>
    /// <param name="state">The state before these events (null: from the stream's start).</param>
    public static T? Fold<T>(IEnumerable<IEvent> stream, T? state = null) where T : class
    {
        var projection = (SingleStreamProjection<T, Guid>)Projections.GetOrAdd(typeof(T), Find);
        foreach (var e in stream)
            state = projection.Evolve(state, e.StreamId, e);
        return state;
    }

    // Every document a view reads is projected by exactly one single-stream projection of this assembly.
    private static object Find(Type document)
    {
        var projectionType = typeof(SingleStreamProjection<,>).MakeGenericType(document, typeof(Guid));
        var found = typeof(StreamFold).Assembly.GetTypes().Where(t => !t.IsAbstract && projectionType.IsAssignableFrom(t)).ToArray();
        return found.Length == 1
            ? Activator.CreateInstance(found[0])!
            : throw new InvalidOperationException($"{document.Name} has {found.Length} single-stream projections; one is needed to fold it.");
    }
}
