using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Roadmaps;

/// <summary>An event of a roadmap's stream: one roadmap per facilitator and council.</summary>
public interface IRoadmapEvent
{
    Guid RoadmapId { get; }
}

/// <param name="FacilitatorId">The facilitator (animateur accompagnateur) who proposes the actions.</param>
public sealed record RoadmapOpened(Guid RoadmapId, Guid FacilitatorId, Guid CouncilId, LocalDate OpenedOn) : IRoadmapEvent;

/// <param name="PriorityId">The territory diagnostic's priority the action answers.</param>
/// <param name="Rank">The facilitator's order of priority among the roadmap's actions, from 1.</param>
public sealed record RoadmapActionProposed(
    Guid RoadmapId,
    Guid ActionId,
    [property: FreeText] string Title,
    RoadmapActionKind Kind,
    Guid PriorityId,
    LocalDate DueOn,
    int Rank,
    LocalDate ProposedOn) : IRoadmapEvent;

public sealed record RoadmapActionStarted(Guid RoadmapId, Guid ActionId, LocalDate StartedOn) : IRoadmapEvent;

public sealed record RoadmapActionDone(Guid RoadmapId, Guid ActionId, [property: FreeText] string Outcome, LocalDate DoneOn) : IRoadmapEvent;

public sealed record RoadmapActionDropped(Guid RoadmapId, Guid ActionId, [property: FreeText] string Reason, LocalDate DroppedOn) : IRoadmapEvent;

public sealed record RoadmapActionRescheduled(Guid RoadmapId, Guid ActionId, LocalDate DueOn, [property: FreeText] string Reason, LocalDate RescheduledOn) : IRoadmapEvent;

public sealed record RoadmapActionReprioritised(Guid RoadmapId, Guid ActionId, int Rank, [property: FreeText] string Reason, LocalDate ReprioritisedOn) : IRoadmapEvent;
