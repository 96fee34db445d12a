using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Meetings;
using NodaTime;

namespace ConseilsCitoyens.Projections.Reports;

/// <summary>
/// One council's facts of one business month, as its report reads them: the meetings held in the month
/// (<see cref="MeetingMonths"/>), each as the domain folds it, ordered by id.
/// </summary>
/// <param name="Month">The month's first day.</param>
public sealed record CouncilMonth(string Id, Guid CouncilId, LocalDate Month, ImmutableArray<Meeting> HeldMeetings)
{
    public static string IdOf(Guid councilId, LocalDate month) => $"{councilId:D}/{month.Year:D4}-{month.Month:D2}";

    /// <summary>The rows of a period's months.</summary>
    public static IEnumerable<string> IdsCovering(Guid councilId, ReportPeriod period) =>
        MeetingMonths.Covering(period).Select(month => IdOf(councilId, month));
}
