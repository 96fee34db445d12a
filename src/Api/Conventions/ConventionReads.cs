using ConseilsCitoyens.Domain.Conventions;
using Marten;

namespace ConseilsCitoyens.Api.Conventions;

internal static class ConventionReads
{
    /// <summary>
    /// The programme's convention, which views judge it against: the one that started last (a
    /// programme runs under one convention at a time; a renewal starts later). Null when none is signed.
    /// </summary>
    public static async Task<Convention?> ProgrammeConvention(this IQuerySession session, CancellationToken ct) =>
        (await session.Query<Convention>().ToListAsync(ct)).OrderBy(c => c.StartsOn).ThenBy(c => c.Id).LastOrDefault();
}
