using System.Text.RegularExpressions;
using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Quartiers;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Reports;

public static partial class GetProgrammeReportEndpoint
{
    [WolverineGet("/report")]
    [Tags("Reports")]
    [EndpointSummary("The programme's indicators over a period, pooled over every council or over one arrondissement's (?arrondissement=75118)")]
    [ProducesResponseType<ProblemDetails>(400, "application/problem+json")]
    public static async Task<ReportResponse> Get(
        string? arrondissement, string? from, string? to, string? year, string? quarter, string? month, string? asOf,
        IQuerySession session, CancellationToken ct)
    {
        var period = ReportPeriods.Parse(from, to, year, quarter, month, asOf);
        var code = arrondissement?.Trim();
        if (code is { Length: 0 })
            code = null;
        if (code is not null && !ArrondissementPattern().IsMatch(code))
            throw new MalformedRequest("arrondissement", $"'{arrondissement}' is not an INSEE arrondissement code such as 75118.");

        IReadOnlyList<Council> councils = await session.Query<Council>().ToListAsync(ct);
        if (code is not null)
        {
            var quartiers = (await session.Query<Quartier>().Where(q => q.ArrondissementCode == code).ToListAsync(ct))
                .Select(q => q.Code).ToHashSet(StringComparer.Ordinal);
            councils = councils.Where(c => c.QuartierCodes.Any(quartiers.Contains)).ToArray();
        }
        councils = councils.OrderBy(c => c.Id).ToArray();
        var facts = await session.LoadFacts(councils, ct);

        return new ReportResponse(code is null ? ReportScope.Programme : ReportScope.Arrondissement, null, code,
            period.From, period.To, councils.Select(c => c.Id).ToArray(),
            Report.Compute(facts, period).Select(IndicatorValueResponse.From).ToArray());
    }

    [GeneratedRegex("^[0-9]{2}[0-9AB][0-9]{2}$")]
    private static partial Regex ArrondissementPattern();
}
