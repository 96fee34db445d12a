using System.Text.Json;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Meetings;

namespace ConseilsCitoyens.Domain.Indicators;

/// <summary>Functioning and autonomy (DOMAIN.md §5): meetings held in the period, their attendance, who convened, chaired and proposed.</summary>
public static class MeetingIndicators
{
    public static IReadOnlyList<Meeting> HeldIn(IEnumerable<Meeting> meetings, ReportPeriod period) =>
        meetings.Where(m => m.Status == MeetingStatus.Held && period.Contains(m.HeldOn)).ToArray();

    public static int Held(IEnumerable<Meeting> meetings, ReportPeriod period) => HeldIn(meetings, period).Count;

    /// <summary>Meetings held in the period per kind (camelCase names), every kind listed.</summary>
    public static IReadOnlyDictionary<string, int> HeldByKind(IEnumerable<Meeting> meetings, ReportPeriod period)
    {
        var held = HeldIn(meetings, period);
        return Enum.GetValues<MeetingKind>().ToDictionary(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString()), k => held.Count(m => m.Kind == k));
    }

    /// <summary>Meetings held in the period on a weekend or a public holiday, per kind of day.</summary>
    public static IReadOnlyDictionary<string, int> HeldOnNonWorkingDays(IEnumerable<Meeting> meetings, WorkingCalendar calendar, ReportPeriod period)
    {
        var days = HeldIn(meetings, period).Select(m => calendar.Check(m.Id, m.HeldOn!.Value)?.Kind).OfType<NonWorkingDayKind>().ToArray();
        return Enum.GetValues<NonWorkingDayKind>().ToDictionary(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString()), k => days.Count(d => d == k));
    }

    public static decimal? PerCouncil(IEnumerable<Meeting> meetings, IEnumerable<Council> councils, ReportPeriod period)
    {
        var existing = councils.Count(c => c.ExistedBetween(period.From, period.To));
        return existing == 0 ? null : Math.Round((decimal)Held(meetings, period) / existing, 4);
    }

    /// <param name="councils">The meetings' councils: who sat on each meeting's date.</param>
    public static decimal? AttendanceRate(IEnumerable<Meeting> meetings, IEnumerable<Council> councils, ReportPeriod period)
    {
        var byId = councils.ToDictionary(c => c.Id);
        var tallies = HeldIn(meetings, period).Where(m => byId.ContainsKey(m.CouncilId)).Select(m => m.AttendanceIn(byId[m.CouncilId])).ToArray();
        return Ratios.Of(tallies.Sum(t => t.Present), tallies.Sum(t => t.RegisterSize));
    }

    public static decimal? ConvenedByMembersShare(IEnumerable<Meeting> meetings, ReportPeriod period)
    {
        var held = HeldIn(meetings, period);
        return Ratios.Of(held.Count(m => m.ConvenedBy.Kind == ActorKind.Member), held.Count);
    }

    public static decimal? ChairedByMembersShare(IEnumerable<Meeting> meetings, ReportPeriod period)
    {
        var held = HeldIn(meetings, period);
        return Ratios.Of(held.Count(m => m.ChairedBy?.Kind == ActorKind.Member), held.Count);
    }

    public static decimal? AgendaItemsByMembersShare(IEnumerable<Meeting> meetings, ReportPeriod period)
    {
        var items = HeldIn(meetings, period).SelectMany(m => m.Agenda).ToArray();
        return Ratios.Of(items.Count(i => i.ProposedBy.Kind == ActorKind.Member), items.Length);
    }
}
