using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Councils;

/// <summary>A council as it stood on a past business date: only the events dated on or before it are folded.</summary>
public static class CouncilAsOf
{
    /// <param name="stream">The council stream's events in order, with their stream versions.</param>
    /// <returns>Null when the council did not exist yet on that date.</returns>
    public static Council? Fold(IEnumerable<(object Data, long Version)> stream, LocalDate asOf)
    {
        Council? council = null;
        foreach (var (data, version) in stream)
        {
            if (data is not IBusinessDated dated || dated.BusinessDate > asOf)
                continue;
            // Other events of the stream (warnings) only move the version on, as in the projection.
            council = data is ICouncilEvent ? Council.Evolve(council, data) with { Version = version } : council is null ? null : council with { Version = version };
        }
        return council;
    }
}
