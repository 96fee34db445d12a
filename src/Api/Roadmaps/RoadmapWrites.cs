using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Roadmaps;
using Marten;

namespace ConseilsCitoyens.Api.Roadmaps;

internal static class RoadmapWrites
{
    public static async Task CheckPriority(this IQuerySession session, Council council, ProposeRoadmapAction action, CancellationToken ct)
    {
        var diagnostics = await session.LoadManyAsync<TerritoryDiagnostic>(ct, council.QuartierCodes.Select(TerritoryDiagnostic.StreamIdFor));
        RoadmapPriorities.MustAnswerAPriority(action.PriorityId, action.ProposedOn, diagnostics);
    }

    /// <summary>Decides on one action of a roadmap: an action that is not on it answers 404, like a missing roadmap.</summary>
    public static Task<StreamWrite<Roadmap>> DecideOnAction(
        this IDocumentSession session,
        Guid roadmapId,
        Guid actionId,
        string? ifMatch,
        Func<Roadmap, IReadOnlyList<object>> decide,
        CancellationToken ct) =>
        session.Decide<Roadmap>(roadmapId, ifMatch, "Roadmap", roadmap => roadmap.FindAction(actionId) is null
            ? throw new ResourceNotFound($"Action {actionId} of roadmap {roadmapId}")
            : decide(roadmap), ct);
}
