using ConseilsCitoyens.Domain.Common;
using JasperFx.Events.Projections;

namespace ConseilsCitoyens.Projections;

/// <summary>
/// The events a stream of one aggregate holds: the aggregate's own (its I…Event interface) and the
/// consequences (warnings) any stream may carry. A single-stream projection that declares them is
/// skipped, inline, for a transaction's streams holding none of them; one that declares nothing is
/// handed every stream, and loads its document for each stream appended to (a query each).
/// Interfaces, not concrete types: Marten's daemon and rebuilds then still read every event.
/// </summary>
internal static class StreamEvents
{
    public static void FoldsStreamsOf<TOwnEvent>(this EventFilterable projection)
    {
        projection.IncludeType<TOwnEvent>();
        projection.IncludeType<IConsequence>();
    }
}
