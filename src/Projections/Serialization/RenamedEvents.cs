using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.Team;
using Marten;

namespace ConseilsCitoyens.Projections.Serialization;

/// <param name="StoredName">The name the log stores the type under (its type column), kept from its first name.</param>
/// <param name="FormerClrName">The full name of the type before the rename, as older rows' mt_dotnet_type names it.</param>
public sealed record RenamedEvent(Type Type, string StoredName, string FormerClrName);

/// <summary>
/// Event types renamed after events of them were stored. The log is never rewritten (the audit chain
/// seals each row, its type columns included), so a renamed type keeps its stored name: events
/// old and new are stored and filtered under that one name, and a row whose mt_dotnet_type names
/// the former type reads as the renamed one. The JSON shape stays as stored.
/// </summary>
public static class RenamedEvents
{
    public static readonly IReadOnlyList<RenamedEvent> All =
    [
        new(typeof(RoadmapActionCompleted), "roadmap_action_done", "ConseilsCitoyens.Domain.Roadmaps.RoadmapActionDone"),
        // A team member's stream holds the coordinator's too: the events say team member, not facilitator.
        new(typeof(TeamMemberRecruited), "facilitator_recruited", "ConseilsCitoyens.Domain.Team.FacilitatorRecruited"),
        new(typeof(TeamMemberAssigned), "facilitator_assigned", "ConseilsCitoyens.Domain.Team.FacilitatorAssigned"),
        new(typeof(TeamMemberUnassigned), "facilitator_unassigned", "ConseilsCitoyens.Domain.Team.FacilitatorUnassigned"),
        new(typeof(TeamMemberLeft), "facilitator_left", "ConseilsCitoyens.Domain.Team.FacilitatorLeft"),
    ];

    private static readonly Dictionary<string, Type> ByFormerClrName = All.ToDictionary(r => r.FormerClrName, r => r.Type, StringComparer.Ordinal);

    public static void KeepStoredNames(this StoreOptions options)
    {
        foreach (var renamed in All)
            options.Events.MapEventType(renamed.Type, renamed.StoredName);
    }

    /// <summary>The type a row's mt_dotnet_type ("Namespace.Type, Assembly") names, or the one it was renamed to; null when unknown.</summary>
    public static Type? ClrType(string dotnetTypeName) =>
        Type.GetType(dotnetTypeName, throwOnError: false)
        ?? ByFormerClrName.GetValueOrDefault(dotnetTypeName.Split(',')[0].Trim());
}
