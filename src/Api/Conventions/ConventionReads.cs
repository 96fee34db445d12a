using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Api.Reports;
using ConseilsCitoyens.Domain.Conventions;
using Marten;

namespace ConseilsCitoyens.Api.Conventions;

internal static class ConventionReads
{
    /// <summary>
    /// The programme's convention, which views judge it against: the one that started last (a
    /// programme runs under one convention at a time; a renewal starts later). Null when none is signed.
    /// </summary>
    public static async Task<Convention?> ProgrammeConvention(this KnownStates states, CancellationToken ct) =>
        (await states.Query<Convention>(ct)).OrderBy(c => c.StartsOn).ThenBy(c => c.Id).LastOrDefault();

    /// <summary>A target's scope as a request names it: a council (404 when unknown), an arrondissement, else the programme.</summary>
    public static async Task<TargetScope> TargetScopeOf(this IQuerySession session, Guid? councilId, string? arrondissement, CancellationToken ct)
    {
        var code = ReportReads.ParseArrondissement(arrondissement);
        if (councilId is { } id)
        {
            if (code is not null)
                throw new MalformedRequest("arrondissement", "A target is a council's or an arrondissement's, not both.");
            return TargetScope.Council((await session.LoadCouncil(id, ct)).Id);
        }
        return code is null ? TargetScope.Programme : TargetScope.Arrondissement(code);
    }
}
