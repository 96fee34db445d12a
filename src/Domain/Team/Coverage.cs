using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Domain.Team;

/// <summary>One team member covering one council on a date, with the assignment that makes it so.</summary>
public sealed record Cover(Guid FacilitatorId, TeamRole Role, Assignment Assignment);

/// <summary>
/// A council on a date: covered (someone assigned), vacant (nobody), or neither because it did not
/// exist (before its creation, from its dissolution on). The one definition every view uses.
/// </summary>
public enum CoverageState
{
    NotInExistence,
    Covered,
    Vacant,
}

/// <summary>Who covers which council on one date (DOMAIN.md §5: facilitator coverage and vacancies).</summary>
public sealed record Coverage(LocalDate Date, ImmutableDictionary<Guid, ImmutableArray<Cover>> ByCouncil)
{
    public static Coverage On(LocalDate date, IEnumerable<TeamMember> team) => new(date, team
        .SelectMany(f => f.AssignmentsOn(date).Select(a => new Cover(f.Id, f.Role, a)))
        .GroupBy(c => c.Assignment.CouncilId)
        .ToImmutableDictionary(g => g.Key, g => g.OrderBy(c => c.Assignment.From).ThenBy(c => c.FacilitatorId).ToImmutableArray()));

    public ImmutableArray<Cover> Of(Guid councilId) => ByCouncil.GetValueOrDefault(councilId, []);

    public CoverageState StateOf(Council council) =>
        !council.ExistsOn(Date) ? CoverageState.NotInExistence : Of(council.Id).IsEmpty ? CoverageState.Vacant : CoverageState.Covered;

    /// <summary>The councils that existed on the date and had nobody assigned.</summary>
    public IEnumerable<Council> Vacancies(IEnumerable<Council> councils) =>
        councils.Where(c => StateOf(c) == CoverageState.Vacant).OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id);
}
