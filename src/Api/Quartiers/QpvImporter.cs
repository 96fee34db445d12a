using ConseilsCitoyens.Domain.Quartiers;
using Marten;

namespace ConseilsCitoyens.Api.Quartiers;

public sealed record QpvImportResult(int Added, int Renamed, int Ended, int Unchanged)
{
    public override string ToString() => $"{Added} added, {Renamed} renamed, {Ended} ended, {Unchanged} unchanged";
}

/// <summary>Stages an official list in the session, committed by the caller in one transaction: all of it or nothing.</summary>
public static class QpvImporter
{
    public static async Task<QpvImportResult> Import(IDocumentSession session, QpvImportSettings settings, IReadOnlyList<QpvRow> rows, CancellationToken ct)
    {
        var known = await session.Query<Quartier>().Where(q => q.Generation == settings.Generation).ToListAsync(ct);
        var plan = QpvImport.Plan(settings, rows, known);

        foreach (var change in plan.Changes)
        {
            if (change.IsNew)
                session.Events.StartStream<Quartier>(change.QuartierId, change.Events.ToArray());
            else
                session.Events.Append(change.QuartierId, change.Events.ToArray());
        }
        return new QpvImportResult(plan.Added, plan.Renamed, plan.Ended, plan.Unchanged);
    }
}
