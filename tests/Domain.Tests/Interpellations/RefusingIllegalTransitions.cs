using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Interpellations;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Interpellations.InterpellationFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Interpellations;

/// <summary>Every (stage, step) pair of rule 13's procedure: the five legal ones pass, every other is refused.</summary>
public class RefusingIllegalTransitions
{
    private static readonly (string Stage, string Step)[] Legal =
    [
        ("referred", "transmission"),
        ("transmitted", "escalation"),
        ("transmitted", "closure"),
        ("escalated", "debate"),
        ("debated", "closure"),
    ];

    private static readonly string[] Stages = ["referred", "transmitted", "escalated", "debated", "closed", "closedAsNotJustified"];

    private static readonly LocalDate Later = new(2018, 2, 1);

    public static TheoryData<string, string> IllegalPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var stage in Stages)
            foreach (var step in Steps.All.Where(s => !Legal.Contains((stage, s))))
                data.Add(stage, step);
        return data;
    }

    public static TheoryData<string, string> LegalPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var (stage, step) in Legal)
            data.Add(stage, step);
        return data;
    }

    [Fact]
    public void Nineteen_of_the_twenty_four_pairs_are_illegal() => Assert.Equal(19, IllegalPairs().Count);

    [Theory]
    [MemberData(nameof(IllegalPairs))]
    public void An_illegal_step_is_refused_naming_the_current_stage(string stage, string step)
    {
        var interpellation = GivenInterpellation(EventsUpTo(stage));

        var refusal = Assert.Throws<RuleViolation>(() => Steps.Take(step, interpellation, Later));

        Assert.Equal("interpellation.illegal-transition", refusal.Code);
        Assert.Contains($"'{interpellation.Stage.ToString().ToLowerInvariant()}'", refusal.Message);
    }

    [Theory]
    [MemberData(nameof(LegalPairs))]
    public void A_legal_step_moves_the_procedure_on(string stage, string step) =>
        Assert.Single(Steps.Take(step, GivenInterpellation(EventsUpTo(stage)), Later));

    [Fact]
    public void Repeating_the_last_step_with_the_same_facts_appends_nothing()
    {
        ThenEvents(InterpellationDecider.Transmit(GivenInterpellation(EventsUpTo("transmitted")),
            new TransmitInterpellation(Transmitted().Recipients, Transmitted().TransmittedOn), Today));
        ThenEvents(InterpellationDecider.Escalate(GivenInterpellation(EventsUpTo("escalated")),
            new EscalateInterpellation(Escalated().Diagnostic, Escalated().Actions, false, Escalated().EscalatedOn), Today));
        ThenEvents(InterpellationDecider.Debate(GivenInterpellation(EventsUpTo("debated")), new DebateInterpellation(Debated().DebatedOn), Today));
        ThenEvents(InterpellationDecider.Close(GivenInterpellation(EventsUpTo("closed")),
            new CloseInterpellation(ClosedAfterDebate().Outcome, ClosedAfterDebate().ClosedOn), Today));
    }

    [Fact]
    public void Repeating_a_step_with_other_facts_is_an_illegal_transition() =>
        ThenRejected("interpellation.illegal-transition", () => InterpellationDecider.Debate(GivenInterpellation(EventsUpTo("debated")),
            new DebateInterpellation(Debated().DebatedOn.PlusDays(1)), Today));
}
