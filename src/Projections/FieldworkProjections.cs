using ConseilsCitoyens.Projections.Diagnostics;
using ConseilsCitoyens.Projections.Immersions;
using ConseilsCitoyens.Projections.Partners;
using JasperFx.Events.Projections;
using Marten;

namespace ConseilsCitoyens.Projections;

/// <summary>The programme's field work: partners, immersions with them, territory diagnostics.</summary>
public static class FieldworkProjections
{
    // Inline for the same reason as every other state: commands decide on them in the appending transaction.
    public static IEnumerable<IProjectionSource<IDocumentOperations, IQuerySession>> All() =>
        [new PartnerProjection(), new ImmersionProjection(), new TerritoryDiagnosticProjection()];
}
