using ConseilsCitoyens.Domain.Roadmaps;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;

namespace ConseilsCitoyens.Domain.Tests.Roadmaps;

internal static class RoadmapFixtures
{
    public static readonly Guid FacilitatorId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000f1");
    public static readonly Guid PriorityId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000b1");
    public static readonly Guid ActionId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000c1");
    public static readonly Guid OtherActionId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000c2");
    public static readonly Guid RoadmapId = Roadmap.StreamIdFor(FacilitatorId, CouncilId);
    public static readonly LocalDate OpenedOn = new(2017, 9, 4);
    public static readonly LocalDate DueOn = new(2017, 12, 15);

    public static Roadmap GivenRoadmap(params object[] events) =>
        events.Aggregate((Roadmap?)null, Roadmap.Evolve) ?? throw new InvalidOperationException("no events");

    public static RoadmapOpened Opened() => new(RoadmapId, FacilitatorId, CouncilId, OpenedOn);

    public static ProposeRoadmapAction Propose(Guid? actionId = null, int rank = 1, LocalDate? dueOn = null, LocalDate? proposedOn = null) =>
        new(actionId ?? ActionId, "Réunions de bas d'immeuble", RoadmapActionKind.Action, PriorityId, dueOn ?? DueOn, rank, proposedOn ?? OpenedOn);

    public static RoadmapActionProposed Proposed(ProposeRoadmapAction p) =>
        new(RoadmapId, CouncilId, p.ActionId, p.Title, p.Kind, p.PriorityId, p.DueOn, p.Rank, p.ProposedOn);

    public static RoadmapActionProposed Proposed(Guid? actionId = null, int rank = 1) => Proposed(Propose(actionId, rank));

    public static RoadmapActionStarted Started(LocalDate? on = null) => new(RoadmapId, CouncilId, ActionId, on ?? new LocalDate(2017, 10, 2));

    public static RoadmapActionCompleted Done(LocalDate? on = null) => new(RoadmapId, CouncilId, ActionId, "Trois réunions, 40 habitants", on ?? new LocalDate(2017, 12, 1));

    public static RoadmapActionDropped Dropped(LocalDate? on = null) => new(RoadmapId, CouncilId, ActionId, "Pas de salle", on ?? new LocalDate(2017, 11, 6));

    public static Roadmap Planned => GivenRoadmap(Opened(), Proposed());

    public static Roadmap InProgress => GivenRoadmap(Opened(), Proposed(), Started());
}
