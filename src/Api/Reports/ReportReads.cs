using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Initiatives;
using ConseilsCitoyens.Domain.Interpellations;
using ConseilsCitoyens.Domain.Meetings;
using ConseilsCitoyens.Domain.Proposals;
using ConseilsCitoyens.Domain.SteeringSessions;
using Marten;

namespace ConseilsCitoyens.Api.Reports;

internal static class ReportReads
{
    /// <summary>
    /// Everything the indicators read for these councils. Dates are filtered in memory by the
    /// domain (LINQ cannot filter NodaTime members); a council has a few hundred facts a year.
    /// </summary>
    public static async Task<ReportFacts> LoadFacts(this IQuerySession session, IReadOnlyList<Council> councils, CancellationToken ct)
    {
        if (councils.Count == 0)
            return ReportFacts.None;
        var ids = councils.Select(c => c.Id).ToArray();

        var meetings = await session.Query<Meeting>().Where(m => m.CouncilId.IsOneOf(ids)).ToListAsync(ct);
        var proposals = await session.Query<Proposal>().Where(p => p.CouncilId.IsOneOf(ids)).ToListAsync(ct);
        var interpellations = await session.Query<Interpellation>().Where(i => i.CouncilId.IsOneOf(ids)).ToListAsync(ct);
        var steering = await session.Query<SteeringSession>().Where(s => s.CouncilId.IsOneOf(ids)).ToListAsync(ct);
        var initiatives = await session.Query<Initiative>().Where(i => i.CouncilId.IsOneOf(ids)).ToListAsync(ct);
        // Warnings live in every kind of stream; their CouncilId says whose they are.
        var warnings = (await session.Events.QueryRawEventDataOnly<ComplianceWarningRecorded>().ToListAsync(ct))
            .Where(w => ids.Contains(w.CouncilId)).ToArray();

        return new ReportFacts(councils, meetings, proposals, interpellations, steering, initiatives, warnings);
    }
}
