using System.Text.Json;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Meetings;

namespace ConseilsCitoyens.Domain.Indicators;

/// <summary>
/// Functioning and autonomy (DOMAIN.md §5): meetings held in the period, their attendance, who convened,
/// chaired and proposed. Computed from day tallies (<see cref="MeetingTallies"/>), whether they were read
/// from the council's monthly rows or tallied from the meetings themselves.
/// </summary>
public static class MeetingIndicators
{
    public static int Held(IEnumerable<MeetingDay> days, ReportPeriod period) => MeetingTallies.In(days, period).Sum(d => d.Tally.MeetingsHeld());

    /// <summary>Meetings held in the period per kind (camelCase names), every kind listed.</summary>
    public static IReadOnlyDictionary<string, int> HeldByKind(IEnumerable<MeetingDay> days, ReportPeriod period)
    {
        var held = MeetingTallies.In(days, period).ToArray();
        return Enum.GetValues<MeetingKind>().ToDictionary(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString()), k => held.Sum(d => d.Tally.Held.GetValueOrDefault(k)));
    }

    /// <summary>Meetings held in the period on a weekend or a public holiday, per kind of day.</summary>
    public static IReadOnlyDictionary<string, int> HeldOnNonWorkingDays(IEnumerable<MeetingDay> days, WorkingCalendar calendar, ReportPeriod period)
    {
        var offDays = MeetingTallies.In(days, period).Select(d => (calendar.Check(d.CouncilId, d.Day)?.Kind, Held: d.Tally.MeetingsHeld()))
            .Where(d => d.Kind is not null).ToArray();
        return Enum.GetValues<NonWorkingDayKind>().ToDictionary(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString()),
            k => offDays.Where(d => d.Kind == k).Sum(d => d.Held));
    }

    public static decimal? PerCouncil(IEnumerable<MeetingDay> days, IEnumerable<Council> councils, ReportPeriod period)
    {
        var existing = councils.Count(c => c.ExistedBetween(period.From, period.To));
        return existing == 0 ? null : Math.Round((decimal)Held(days, period) / existing, 4);
    }

    /// <param name="councils">The meetings' councils: who sat on each meeting's date.</param>
    public static decimal? AttendanceRate(IEnumerable<MeetingDay> days, IEnumerable<Council> councils, ReportPeriod period)
    {
        var byId = councils.ToDictionary(c => c.Id);
        // Loops, not LINQ: run for every day of every scope a view computes.
        int present = 0, size = 0;
        foreach (var day in MeetingTallies.In(days, period))
        {
            if (!byId.TryGetValue(day.CouncilId, out var council))
                continue;
            foreach (var register in day.Tally.Registers)
            {
                var attendance = register.AttendanceIn(council, day.Day);
                present = checked(present + attendance.Present * register.Meetings);
                size = checked(size + attendance.RegisterSize * register.Meetings);
            }
        }
        return Ratios.Of(present, size);
    }

    public static decimal? ConvenedByMembersShare(IEnumerable<MeetingDay> days, ReportPeriod period) =>
        Share(days, period, t => t.ConvenedByMembers, t => t.MeetingsHeld());

    public static decimal? ChairedByMembersShare(IEnumerable<MeetingDay> days, ReportPeriod period) =>
        Share(days, period, t => t.ChairedByMembers, t => t.MeetingsHeld());

    public static decimal? AgendaItemsByMembersShare(IEnumerable<MeetingDay> days, ReportPeriod period) =>
        Share(days, period, t => t.AgendaItemsByMembers, t => t.AgendaItems);

    private static decimal? Share(IEnumerable<MeetingDay> days, ReportPeriod period, Func<MeetingTally, int> part, Func<MeetingTally, int> whole)
    {
        int parts = 0, wholes = 0;
        foreach (var day in MeetingTallies.In(days, period))
        {
            parts = checked(parts + part(day.Tally));
            wholes = checked(wholes + whole(day.Tally));
        }
        return Ratios.Of(parts, wholes);
    }
}
