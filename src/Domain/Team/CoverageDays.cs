using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using NodaTime;

namespace ConseilsCitoyens.Domain.Team;

/// <summary>
/// The days of a period a council was covered and vacant (<see cref="CoverageState"/>, day by day),
/// counted from the assignments' spans rather than day after day, so any period costs the same.
/// </summary>
public sealed record CoverageDays(int Covered, int Vacant)
{
    public static readonly CoverageDays None = new(0, 0);

    public static CoverageDays Of(Council council, IEnumerable<TeamMember> team, ReportPeriod period) =>
        Of(council, team.SelectMany(f => f.Assignments), period);

    /// <param name="assignments">The team's assignments, at least this council's (others are left out).</param>
    public static CoverageDays Of(Council council, IEnumerable<Assignment> assignments, ReportPeriod period)
    {
        var first = Later(period.From, council.CreatedOn);
        var last = council.DissolvedOn is { } dissolved ? Earlier(period.To, dissolved.PlusDays(-1)) : period.To;
        if (last < first)
            return None;

        // Each assignment as days [from, to], cut to the council's life in the period, then merged.
        var spans = assignments
            .Where(a => a.CouncilId == council.Id)
            .Select(a => (From: Later(a.From, first), To: a.Until is { } until ? Earlier(until.PlusDays(-1), last) : last))
            .Where(s => s.From <= s.To)
            .OrderBy(s => s.From);
        var covered = 0;
        LocalDate? end = null;
        foreach (var (from, to) in spans)
        {
            var start = end is { } e && e >= from ? e.PlusDays(1) : from;
            if (start <= to)
                covered += Days(start, to);
            if (end is not { } previous || to > previous)
                end = to;
        }
        return new CoverageDays(covered, Days(first, last) - covered);
    }

    private static int Days(LocalDate from, LocalDate to) => Period.DaysBetween(from, to) + 1;

    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Earlier(LocalDate a, LocalDate b) => a < b ? a : b;
}
