using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Indicators;
using NodaTime;

namespace ConseilsCitoyens.Projections.Reports;

/// <summary>
/// One council's facts of one business month, as its report reads them: the meetings held in the month
/// (<see cref="MeetingMonths"/>) tallied per day (<see cref="MeetingTallies"/>), one entry per day that held
/// one, so a row stays small however many meetings the month held.
/// </summary>
/// <param name="Month">The month's first day.</param>
public sealed record CouncilMonth(string Id, Guid CouncilId, LocalDate Month, ImmutableArray<MeetingDay> Days)
{
    public static string IdOf(Guid councilId, LocalDate month) => $"{councilId:D}/{month.Year:D4}-{month.Month:D2}";

    /// <summary>The rows of a period's months.</summary>
    public static IEnumerable<string> IdsCovering(Guid councilId, ReportPeriod period) =>
        MeetingMonths.Covering(period).Select(month => IdOf(councilId, month));
}
