using ConseilsCitoyens.Domain.Interpellations;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Interpellations.InterpellationFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Interpellations;

public class FollowingTheProcedure
{
    [Fact]
    public void The_prefet_transmits_to_the_mayor_the_epci_and_the_signatories() =>
        ThenEvents(InterpellationDecider.Transmit(GivenInterpellation(EventsUpTo("referred")),
                new TransmitInterpellation([" Mairie de Paris ", "Métropole du Grand Paris", "Bailleur", "Bailleur"], new LocalDate(2017, 9, 25)), Today),
            Transmitted());

    [Fact]
    public void A_transmission_names_at_least_one_recipient() =>
        ThenRejected("interpellation.no-recipient", () => InterpellationDecider.Transmit(GivenInterpellation(EventsUpTo("referred")),
            new TransmitInterpellation([" "], new LocalDate(2017, 9, 25)), Today));

    [Fact]
    public void A_justified_interpellation_goes_to_the_steering_committee_with_a_diagnostic_and_actions() =>
        ThenEvents(InterpellationDecider.Escalate(GivenInterpellation(EventsUpTo("transmitted")),
                new EscalateInterpellation("Un défaut d'entretien des réseaux.", ["Diagnostic technique", "Travaux d'étanchéité"], false, new LocalDate(2017, 11, 6)), Today),
            Escalated());

    [Fact]
    public void An_escalation_without_actions_is_incomplete() =>
        ThenRejected("interpellation.escalation-incomplete", () => InterpellationDecider.Escalate(GivenInterpellation(EventsUpTo("transmitted")),
            new EscalateInterpellation("Un diagnostic.", [], true, new LocalDate(2017, 11, 6)), Today));

    [Fact]
    public void An_escalation_without_a_diagnostic_is_incomplete() =>
        ThenRejected("interpellation.escalation-incomplete", () => InterpellationDecider.Escalate(GivenInterpellation(EventsUpTo("transmitted")),
            new EscalateInterpellation(" ", ["Une action"], true, new LocalDate(2017, 11, 6)), Today));

    [Fact]
    public void An_escalated_interpellation_is_debated_at_the_municipal_council() =>
        ThenEvents(InterpellationDecider.Debate(GivenInterpellation(EventsUpTo("escalated")), new DebateInterpellation(new LocalDate(2017, 12, 18)), Today),
            Debated());

    [Fact]
    public void A_debated_interpellation_is_closed_as_justified() =>
        ThenEvents(InterpellationDecider.Close(GivenInterpellation(EventsUpTo("debated")), new CloseInterpellation(" Travaux engagés. ", new LocalDate(2018, 1, 15)), Today),
            ClosedAfterDebate());

    [Fact]
    public void An_interpellation_closed_right_after_transmission_was_judged_not_justified() =>
        ThenEvents(InterpellationDecider.Close(GivenInterpellation(EventsUpTo("transmitted")),
                new CloseInterpellation("Hors du champ du contrat de ville.", new LocalDate(2017, 10, 9)), Today),
            ClosedAsNotJustified());

    [Fact]
    public void The_history_dates_every_stage_of_the_justified_path()
    {
        var interpellation = GivenInterpellation(EventsUpTo("closed"));

        Assert.Equal(InterpellationStage.Closed, interpellation.Stage);
        Assert.Equal(
            [InterpellationStage.Referred, InterpellationStage.Transmitted, InterpellationStage.Escalated, InterpellationStage.Debated, InterpellationStage.Closed],
            interpellation.History.Select(s => s.Stage));
        Assert.Equal(new LocalDate(2017, 11, 6), interpellation.ReachedOn(InterpellationStage.Escalated));
        Assert.True(interpellation.JudgedJustified);
        Assert.Equal(["Diagnostic technique", "Travaux d'étanchéité"], interpellation.Actions.AsEnumerable());
    }

    [Fact]
    public void The_not_justified_path_skips_the_committee_and_the_debate()
    {
        var interpellation = GivenInterpellation(EventsUpTo("closedAsNotJustified"));

        Assert.Equal([InterpellationStage.Referred, InterpellationStage.Transmitted, InterpellationStage.Closed], interpellation.History.Select(s => s.Stage));
        Assert.False(interpellation.JudgedJustified);
        Assert.Null(interpellation.Diagnostic);
    }

    public static TheoryData<string, string> StepsBackInTime => new()
    {
        { "referred", "transmission" },
        { "transmitted", "escalation" },
        { "transmitted", "closure" },
        { "escalated", "debate" },
        { "debated", "closure" },
    };

    [Theory]
    [MemberData(nameof(StepsBackInTime))]
    public void A_step_cannot_be_dated_before_the_previous_stage(string stage, string step)
    {
        var interpellation = GivenInterpellation(EventsUpTo(stage));

        ThenRejected("interpellation.date-before-previous-stage", () => Steps.Take(step, interpellation, interpellation.LastStageOn.PlusDays(-1)));
    }

    [Theory]
    [MemberData(nameof(StepsBackInTime))]
    public void A_step_may_share_the_date_of_the_previous_stage(string stage, string step)
    {
        var interpellation = GivenInterpellation(EventsUpTo(stage));

        Assert.Single(Steps.Take(step, interpellation, interpellation.LastStageOn));
    }

    [Theory]
    [MemberData(nameof(StepsBackInTime))]
    public void A_step_cannot_be_dated_in_the_future(string stage, string step) =>
        ThenRejected("date.in-future", () => Steps.Take(step, GivenInterpellation(EventsUpTo(stage)), Today.PlusDays(1)));
}
