using ConseilsCitoyens.Domain.Initiatives;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Initiatives.InitiativeFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Initiatives;

public class EndingAnInitiative
{
    private static readonly Initiative InProgress = GivenInitiative(Launched());
    private static readonly LocalDate EndedOn = new(2017, 11, 6);

    [Fact]
    public void An_initiative_is_completed_with_its_outcome()
    {
        var events = InitiativeDecider.Complete(InProgress, new CompleteInitiative(" 200 participants ", EndedOn), Today);

        ThenEvents(events, new InitiativeCompleted(InitiativeId, CouncilId, "200 participants", EndedOn));
        Assert.Equal(InitiativeStatus.Completed, GivenInitiative([Launched(), .. events]).Status);
    }

    [Fact]
    public void An_initiative_is_dropped_with_its_reason()
    {
        var events = InitiativeDecider.Drop(InProgress, new DropInitiative("Pas de salle", EndedOn), Today);

        ThenEvents(events, new InitiativeDropped(InitiativeId, CouncilId, "Pas de salle", EndedOn));
        Assert.Equal(InitiativeStatus.Dropped, GivenInitiative([Launched(), .. events]).Status);
    }

    [Fact]
    public void Completing_again_the_same_way_appends_nothing() =>
        ThenEvents(InitiativeDecider.Complete(
            GivenInitiative(Launched(), new InitiativeCompleted(InitiativeId, CouncilId, "Réussie", EndedOn)),
            new CompleteInitiative("Réussie", EndedOn), Today));

    [Fact]
    public void An_initiative_is_completed_once() =>
        ThenRejected("initiative.already-completed", () => InitiativeDecider.Complete(
            GivenInitiative(Launched(), new InitiativeCompleted(InitiativeId, CouncilId, "Réussie", EndedOn)),
            new CompleteInitiative("Autre bilan", EndedOn), Today));

    [Fact]
    public void A_completed_initiative_cannot_be_dropped() =>
        ThenRejected("initiative.already-completed", () => InitiativeDecider.Drop(
            GivenInitiative(Launched(), new InitiativeCompleted(InitiativeId, CouncilId, "Réussie", EndedOn)),
            new DropInitiative("Trop tard", EndedOn), Today));

    [Fact]
    public void A_dropped_initiative_cannot_be_completed() =>
        ThenRejected("initiative.already-dropped", () => InitiativeDecider.Complete(
            GivenInitiative(Launched(), new InitiativeDropped(InitiativeId, CouncilId, "Pas de salle", EndedOn)),
            new CompleteInitiative("Réussie", EndedOn), Today));

    [Fact]
    public void Dropping_again_the_same_way_appends_nothing() =>
        ThenEvents(InitiativeDecider.Drop(
            GivenInitiative(Launched(), new InitiativeDropped(InitiativeId, CouncilId, "Pas de salle", EndedOn)),
            new DropInitiative("Pas de salle", EndedOn), Today));

    [Fact]
    public void An_initiative_is_not_completed_before_its_launch() =>
        ThenRejected("initiative.date-before-launch",
            () => InitiativeDecider.Complete(InProgress, new CompleteInitiative("Réussie", LaunchedOn.PlusDays(-1)), Today));

    [Fact]
    public void An_initiative_is_not_dropped_before_its_launch() =>
        ThenRejected("initiative.date-before-launch",
            () => InitiativeDecider.Drop(InProgress, new DropInitiative("Pas de salle", LaunchedOn.PlusDays(-1)), Today));

    [Fact]
    public void An_initiative_is_not_ended_in_the_future() =>
        ThenRejected("date.in-future", () => InitiativeDecider.Complete(InProgress, new CompleteInitiative("Réussie", Today.PlusDays(1)), Today));
}
