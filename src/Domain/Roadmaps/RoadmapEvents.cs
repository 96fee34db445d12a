using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Roadmaps;

/// <summary>An event of a roadmap's stream: one roadmap per facilitator and council.</summary>
public interface IRoadmapEvent : IOneCouncilScoped
{
    Guid RoadmapId { get; }
}

/// <param name="FacilitatorId">The facilitator (animateur accompagnateur) who proposes the actions.</param>
public sealed record RoadmapOpened(Guid RoadmapId, Guid FacilitatorId, Guid CouncilId, LocalDate OpenedOn) : IRoadmapEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => OpenedOn;
}

/// <param name="PriorityId">The territory diagnostic's priority the action answers.</param>
/// <param name="Rank">The facilitator's order of priority among the roadmap's actions, from 1.</param>
public sealed record RoadmapActionProposed(
    Guid RoadmapId,
    Guid CouncilId,
    Guid ActionId,
    [property: FreeText] string Title,
    RoadmapActionKind Kind,
    Guid PriorityId,
    LocalDate DueOn,
    int Rank,
    LocalDate ProposedOn) : IRoadmapEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => ProposedOn;
}

public sealed record RoadmapActionStarted(Guid RoadmapId, Guid CouncilId, Guid ActionId, LocalDate StartedOn) : IRoadmapEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => StartedOn;
}

public sealed record RoadmapActionCompleted(Guid RoadmapId, Guid CouncilId, Guid ActionId, [property: FreeText] string Outcome, LocalDate DoneOn) : IRoadmapEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => DoneOn;
}

public sealed record RoadmapActionDropped(Guid RoadmapId, Guid CouncilId, Guid ActionId, [property: FreeText] string Reason, LocalDate DroppedOn) : IRoadmapEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => DroppedOn;
}

public sealed record RoadmapActionRescheduled(Guid RoadmapId, Guid CouncilId, Guid ActionId, LocalDate DueOn, [property: FreeText] string Reason, LocalDate RescheduledOn) : IRoadmapEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => RescheduledOn;
}

public sealed record RoadmapActionReprioritised(Guid RoadmapId, Guid CouncilId, Guid ActionId, int Rank, [property: FreeText] string Reason, LocalDate ReprioritisedOn) : IRoadmapEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => ReprioritisedOn;
}
