using System.Linq.Expressions;
using ConseilsCitoyens.Api.Infrastructure;
using Marten;

namespace ConseilsCitoyens.Api.Councils;

internal static class CouncilCollections
{
    /// <summary>A council's documents of one kind, paged by id (404 when the council does not exist).</summary>
    public static async Task<Page<TItem>> CouncilPage<TDocument, TItem>(this IQuerySession session, Guid councilId,
        Expression<Func<TDocument, bool>> ofCouncil, Func<TDocument, Guid> id, Func<TDocument, TItem> item, string? after, string? limit,
        CancellationToken ct) where TDocument : notnull
    {
        await session.LoadCouncil(councilId, ct);
        var documents = await session.Query<TDocument>().Where(ofCouncil).ToListAsync(ct);
        return Paging.Of(documents, d => Paging.Key(id(d)), after, limit, item);
    }
}
