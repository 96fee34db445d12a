using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Api.Infrastructure;

namespace ConseilsCitoyens.Api.Conventions;

internal static class ConventionReads
{
    /// <summary>
    /// The programme's convention, which views judge it against: the one that started last (a
    /// programme runs under one convention at a time; a renewal starts later). Null when none is signed.
    /// </summary>
    public static async Task<Convention?> ProgrammeConvention(this KnownStates states, CancellationToken ct) =>
        (await states.Query<Convention>(ct)).OrderBy(c => c.StartsOn).ThenBy(c => c.Id).LastOrDefault();
}
