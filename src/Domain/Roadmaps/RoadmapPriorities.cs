using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Diagnostics;
using NodaTime;

namespace ConseilsCitoyens.Domain.Roadmaps;

public static class RoadmapPriorities
{
    /// <summary>
    /// A roadmap action answers a priority of the territory diagnostic of one of the council's
    /// quartiers, as the diagnostic stood on the day the action is proposed (DOMAIN.md §1).
    /// </summary>
    public static void MustAnswerAPriority(Guid priorityId, LocalDate proposedOn, IEnumerable<TerritoryDiagnostic> diagnosticsOfTheCouncil)
    {
        if (!diagnosticsOfTheCouncil.Any(d => d.HasPriorityOn(priorityId, proposedOn)))
            throw new RuleViolation("roadmap.unknown-priority",
                $"{priorityId} is not a priority of the territory diagnostic of the council's quartiers on {proposedOn:yyyy-MM-dd}.");
    }
}
