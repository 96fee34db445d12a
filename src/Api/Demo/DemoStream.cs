namespace ConseilsCitoyens.Api.Demo;

/// <summary>
/// One stream of the demo, built in memory: its state folded from the events the deciders returned,
/// so that the next decision sees what an endpoint would have loaded.
/// </summary>
public abstract class DemoStream
{
    protected DemoStream(Guid id) => Id = id;

    public Guid Id { get; }

    public List<object> Events { get; } = [];

    public abstract Type AggregateType { get; }
}

public sealed class DemoStream<TState>(Guid id, Func<TState?, object, TState> evolve, Type marker) : DemoStream(id)
    where TState : class
{
    public TState State { get; private set; } = null!;

    public override Type AggregateType => typeof(TState);

    /// <summary>Appends the decided events; only the aggregate's own events change its state (warnings ride along).</summary>
    public DemoStream<TState> Append(IEnumerable<object> events)
    {
        foreach (var e in events)
        {
            Events.Add(e);
            if (marker.IsInstanceOfType(e))
                State = evolve(State, e);
        }
        return this;
    }
}
