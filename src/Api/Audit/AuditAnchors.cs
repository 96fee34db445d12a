using ConseilsCitoyens.Domain.Audit;
using Marten;
using Npgsql;

namespace ConseilsCitoyens.Api.Audit;

/// <summary>The latest checkpoint as an anchor, for auditors to keep outside the database.</summary>
public sealed class AuditAnchors(IDocumentStore store, SealKey key)
{
    /// <returns>Null while nothing is sealed.</returns>
    public async Task<AuditAnchor?> LatestAsync(CancellationToken ct)
    {
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        return await AuditSql.LatestCheckpoint(connection, ct) is { } checkpoint ? AuditAnchor.Of(key, checkpoint) : null;
    }
}
