using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Drawings;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Drawings.DrawingFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;
using CouncilFixtures = ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;

namespace ConseilsCitoyens.Domain.Tests.Drawings;

public class AnsweringADrawing
{
    private static readonly NodaTime.LocalDate Today = CouncilFixtures.Today;
    private static readonly Drawing Held = GivenHeld(2, 2);
    private static Guid FirstWoman => Held.Result.Female[0];

    private static Drawing After(Drawing drawing, params AnswerDrawing[] answers) =>
        answers.Aggregate(drawing, (d, a) => DrawingDecider.Answer(d, a, Today).Aggregate(d, Drawing.Evolve));

    [Fact]
    public void A_called_candidate_accepts_their_seat() =>
        ThenEvents(DrawingDecider.Answer(Held, Accepts(FirstWoman), Today),
            new DrawnCandidateAccepted(DrawingId, CouncilId, FirstWoman, Gender.Female, HeldOn.PlusDays(10)));

    [Fact]
    public void An_accepted_candidate_is_known_as_accepted_and_keeps_their_seat()
    {
        var drawing = After(Held, Accepts(FirstWoman));

        Assert.True(drawing.IsAccepted(FirstWoman));
        Assert.False(drawing.IsAccepted(Held.Result.Female[1]));
        Assert.Equal([FirstWoman], drawing.Accepted(Gender.Female));
        Assert.Contains(FirstWoman, drawing.Called(Gender.Female));
    }

    [Fact]
    public void A_refusal_calls_the_next_substitute_of_the_same_gender()
    {
        var drawing = After(Held, Refuses(FirstWoman));

        Assert.Equal([Held.Result.Female[1], Held.Result.Female[2]], drawing.Called(Gender.Female));
        Assert.Equal(Held.Result.Female.Skip(3), drawing.Substitutes(Gender.Female));
        Assert.Equal([FirstWoman], drawing.Refused(Gender.Female));
        Assert.Equal(Held.Called(Gender.Male), drawing.Called(Gender.Male));
        Assert.False(drawing.IsAccepted(FirstWoman));
    }

    [Fact]
    public void The_substitute_called_by_a_refusal_may_then_answer()
    {
        var drawing = After(Held, Refuses(FirstWoman));

        ThenEvents(DrawingDecider.Answer(drawing, Accepts(Held.Result.Female[2]), Today),
            new DrawnCandidateAccepted(DrawingId, CouncilId, Held.Result.Female[2], Gender.Female, HeldOn.PlusDays(10)));
    }

    [Fact]
    public void A_substitute_not_yet_called_cannot_answer() =>
        ThenRejected("drawing.not-called", () => DrawingDecider.Answer(Held, Accepts(Held.Result.Female[2]), Today));

    [Fact]
    public void Someone_who_is_not_a_candidate_cannot_answer() =>
        ThenRejected("drawing.unknown-candidate", () => DrawingDecider.Answer(Held, Accepts(Woman(99)), Today));

    [Fact]
    public void Repeating_the_same_answer_appends_nothing() =>
        ThenEvents(DrawingDecider.Answer(After(Held, Accepts(FirstWoman)), Accepts(FirstWoman), Today));

    [Fact]
    public void A_candidate_answers_only_once() =>
        ThenRejected("drawing.already-answered",
            () => DrawingDecider.Answer(After(Held, Accepts(FirstWoman)), Refuses(FirstWoman), Today));

    [Fact]
    public void A_refused_candidate_cannot_come_back() =>
        ThenRejected("drawing.already-answered",
            () => DrawingDecider.Answer(After(Held, Refuses(FirstWoman)), Accepts(FirstWoman), Today));

    [Fact]
    public void Nobody_answers_before_the_drawing() =>
        ThenRejected("drawing.answer-before-drawing",
            () => DrawingDecider.Answer(Held, Accepts(FirstWoman) with { AnsweredOn = HeldOn.PlusDays(-1) }, Today));

    [Fact]
    public void Nobody_answers_in_the_future() =>
        ThenRejected("date.in-future", () => DrawingDecider.Answer(Held, Accepts(FirstWoman) with { AnsweredOn = Today.PlusDays(1) }, Today));

    [Fact]
    public void When_refusals_outrun_the_substitutes_a_new_drawing_is_needed_for_that_gender()
    {
        // Two seats, eight women: the seventh refusal leaves one woman for two seats.
        var refusals = Held.Result.Female.Take(6).Select(Refuses).ToArray();
        var almost = After(Held, refusals);
        Assert.False(almost.IsExhausted(Gender.Female));
        Assert.Empty(almost.Substitutes(Gender.Female));

        var drawing = After(almost, Refuses(Held.Result.Female[6]));

        Assert.True(drawing.IsExhausted(Gender.Female));
        Assert.False(drawing.IsExhausted(Gender.Male));
        Assert.True(drawing.NewDrawingNeeded);
        Assert.Equal([Held.Result.Female[7]], drawing.Called(Gender.Female));
    }
}
