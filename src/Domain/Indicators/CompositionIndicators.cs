using System.Text.Json;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Drawings;
using NodaTime;

namespace ConseilsCitoyens.Domain.Indicators;

/// <summary>Composition (DOMAIN.md §5): who sits on the period's last day, who came and who left during it.</summary>
public static class CompositionIndicators
{
    public static IReadOnlyList<CouncilMember> SittingOn(IEnumerable<Council> councils, LocalDate date) =>
        councils.SelectMany(c => c.Members).Where(m => m.SitsOn(date)).ToArray();

    public static int Members(IEnumerable<Council> councils, LocalDate end) => SittingOn(councils, end).Count;

    public static int MembersIn(IEnumerable<Council> councils, College college, LocalDate end) =>
        SittingOn(councils, end).Count(m => m.College == college);

    public static decimal? ResidentsShare(IEnumerable<Council> councils, LocalDate end)
    {
        var members = SittingOn(councils, end);
        return Ratios.Of(members.Count(m => m.College == College.Residents), members.Count);
    }

    public static decimal? ParityResidents(IEnumerable<Council> councils, LocalDate end)
    {
        var residents = SittingOn(councils, end).Where(m => m.College == College.Residents).ToArray();
        return Ratios.Of(residents.Count(m => m.Gender == Gender.Female), residents.Length);
    }

    /// <summary>Residents sitting on the day, per gender (camelCase names), every gender listed.</summary>
    public static IReadOnlyDictionary<string, int> ResidentsByGender(IEnumerable<Council> councils, LocalDate end)
    {
        var residents = SittingOn(councils, end).Where(m => m.College == College.Residents).ToArray();
        return Enum.GetValues<Gender>().ToDictionary(g => JsonNamingPolicy.CamelCase.ConvertName(g.ToString()), g => residents.Count(m => m.Gender == g));
    }

    public static decimal? DrawnShare(IEnumerable<Council> councils, LocalDate end)
    {
        var residents = SittingOn(councils, end).Where(m => m.College == College.Residents).ToArray();
        return Ratios.Of(residents.Count(m => m.Origin is MemberOrigin.Drawn or MemberOrigin.Substitute), residents.Length);
    }

    /// <summary>Of the members sitting on the day whose age group on joining is known, the share under 30; the count of each group.</summary>
    public static (decimal? Share, IReadOnlyDictionary<string, int> Groups) YouthShare(IEnumerable<Council> councils, LocalDate end)
    {
        var groups = SittingOn(councils, end).Select(m => m.AgeGroup).OfType<AgeGroup>().ToArray();
        var young = groups.Count(g => g == AgeGroup.Under30);
        return (Ratios.Of(young, groups.Length),
            Enum.GetValues<AgeGroup>().ToDictionary(g => JsonNamingPolicy.CamelCase.ConvertName(g.ToString()), g => groups.Count(x => x == g)));
    }

    public static int Joined(IEnumerable<Council> councils, ReportPeriod period) =>
        councils.SelectMany(c => c.Members).Count(m => period.Contains(m.JoinedOn));

    /// <summary>Departures in the period; the end of a council (its dissolution) is not a renewal of its members.</summary>
    public static int Turnover(IEnumerable<Council> councils, ReportPeriod period) =>
        councils.SelectMany(c => c.Members).Count(m => period.Contains(m.LeftOn) && m.DepartureReason != DepartureReason.CouncilDissolved);

    /// <summary>The departures <see cref="Turnover"/> counts, per reason (camelCase names), every such reason listed.</summary>
    public static IReadOnlyDictionary<string, int> TurnoverByReason(IEnumerable<Council> councils, ReportPeriod period)
    {
        var reasons = councils.SelectMany(c => c.Members).Where(m => period.Contains(m.LeftOn)).Select(m => m.DepartureReason).ToArray();
        return Enum.GetValues<DepartureReason>().Where(r => r != DepartureReason.CouncilDissolved).ToDictionary(r => JsonNamingPolicy.CamelCase.ConvertName(r.ToString()), r => reasons.Count(x => x == r));
    }

    /// <summary>Members who joined in the period in the place of one who left (a substitute called, a replacement).</summary>
    public static int Replacements(IEnumerable<Council> councils, ReportPeriod period) =>
        councils.SelectMany(c => c.Members).Count(m => m.Replaces is not null && period.Contains(m.JoinedOn));

    public static int DrawingsHeld(IEnumerable<Drawing> drawings, ReportPeriod period) => drawings.Count(d => period.Contains(d.HeldOn));

    /// <summary>Of the answers of drawn candidates dated in the period, the share that accepted; the counts of each.</summary>
    public static (decimal? Rate, IReadOnlyDictionary<string, int> Answers) DrawingAcceptance(IEnumerable<Drawing> drawings, ReportPeriod period)
    {
        var answers = drawings.SelectMany(d => d.Answers).Where(a => period.Contains(a.AnsweredOn)).ToArray();
        var accepted = answers.Count(a => a.Accepted);
        return (Ratios.Of(accepted, answers.Length),
            new Dictionary<string, int> { ["accepted"] = accepted, ["refused"] = answers.Length - accepted });
    }
}
