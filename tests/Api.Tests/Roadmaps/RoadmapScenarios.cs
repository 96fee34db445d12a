using static ConseilsCitoyens.Api.Tests.Scenarios;

namespace ConseilsCitoyens.Api.Tests.Roadmaps;

/// <summary>Requests of the roadmap tests. The API's today is 2018-06-30.</summary>
public static class RoadmapScenarios
{
    public static readonly Guid FacilitatorId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000f1");
    public static readonly Guid PriorityId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000b1");
    public static readonly Guid ActionId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000c1");
    public static readonly Guid OtherActionId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000c2");

    public static object Action(Guid? actionId = null, int rank = 1, string dueOn = "2017-12-15", string proposedOn = "2017-09-04", string kind = "action") =>
        new { actionId = actionId ?? ActionId, title = "Réunions de bas d'immeuble", kind, priorityId = PriorityId, dueOn, rank, proposedOn };

    public static object Open(object? action = null, Guid? councilId = null, Guid? facilitatorId = null) =>
        new { facilitatorId = facilitatorId ?? FacilitatorId, councilId = councilId ?? CouncilId, action = action ?? Action() };

    public static string ActionUrl(string roadmap, string then, Guid? actionId = null) => $"{roadmap}/actions/{actionId ?? ActionId}/{then}";
}
