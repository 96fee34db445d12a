using System.Collections.Concurrent;
using ConseilsCitoyens.Domain.Common;
using Marten;
using Marten.Events;

namespace ConseilsCitoyens.Api.Audit;

/// <summary>
/// The stored names of the event types about one council (<see cref="IOneCouncilScoped"/>): those
/// stored before their type carried the council lack it, and take their stream's, which the
/// stream's first event names (a proposal's answer, a roadmap's action, a drawing's answers).
/// </summary>
internal static class CouncilOfStream
{
    private static readonly ConcurrentDictionary<IDocumentStore, string[]> Names = new();

    public static IReadOnlyList<string> EventTypes(IDocumentStore store) => Names.GetOrAdd(store, s =>
    {
        var events = (EventGraph)s.Options.Events;
        return typeof(IOneCouncilScoped).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IOneCouncilScoped).IsAssignableFrom(t))
            .Select(t => events.EventMappingFor(t).EventTypeName)
            .Order(StringComparer.Ordinal)
            .ToArray();
    });
}
