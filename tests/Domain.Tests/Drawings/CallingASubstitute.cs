using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Drawings;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Drawings.DrawingFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;
using CouncilFixtures = ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;

namespace ConseilsCitoyens.Domain.Tests.Drawings;

public class CallingASubstitute
{
    private static readonly LocalDate Today = CouncilFixtures.Today;
    private static readonly LocalDate LeftOn = new(2018, 6, 1);
    private static readonly Drawing Held = GivenHeld(2, 2);
    private static readonly Guid Departed = Held.Result.Female[0];
    private static readonly Guid FirstSubstitute = Held.Result.Female[2];

    // The first woman called accepted, joined, and died on LeftOn: her seat is free.
    private static readonly Drawing Accepted = After(Held, d => DrawingDecider.Answer(d, Accepts(Departed), Today));
    private static readonly Council Council = CouncilFixtures.GivenCouncil(CouncilFixtures.Created(),
        CouncilFixtures.Joined(Departed, on: HeldOn.PlusDays(12)), CouncilFixtures.Joined(CouncilFixtures.Id(1), on: HeldOn.PlusDays(12)),
        new MemberLeft(CouncilFixtures.CouncilId, Departed, DepartureReason.Death, LeftOn));

    private static CallSubstitute Call(Guid? replaces = null, LocalDate? on = null) => new(replaces ?? Departed, on ?? LeftOn.PlusDays(7));

    private static Drawing After(Drawing drawing, params Func<Drawing, IReadOnlyList<object>>[] steps) =>
        steps.Aggregate(drawing, (d, step) => step(d).Aggregate(d, Drawing.Evolve));

    private static IReadOnlyList<object> Calling(Drawing drawing, CallSubstitute call, Council? council = null, params Drawing[] others) =>
        DrawingDecider.CallSubstitute(drawing, council ?? Council, others, call, Today);

    [Fact]
    public void A_freed_seat_calls_the_next_substitute_of_the_departed_members_gender() =>
        ThenEvents(Calling(Accepted, Call()),
            new SubstituteCalled(DrawingId, CouncilFixtures.CouncilId, FirstSubstitute, Gender.Female, Departed, LeftOn.PlusDays(7)));

    [Fact]
    public void The_called_substitute_may_answer_and_holds_the_departed_members_seat()
    {
        var called = After(Accepted, d => Calling(d, Call()), d => DrawingDecider.Answer(d, Accepts(FirstSubstitute) with { AnsweredOn = LeftOn.PlusDays(9) }, Today));

        Assert.Equal([Departed, Held.Result.Female[1], FirstSubstitute], called.Called(Gender.Female));
        Assert.Equal(Held.Result.Female.Skip(3), called.Substitutes(Gender.Female));
        Assert.Equal(new DrawnSeat(DrawingId, CouncilFixtures.CouncilId, Gender.Female, LeftOn.PlusDays(9), Departed), called.SeatOf(FirstSubstitute));
        Assert.Equal(Held.Called(Gender.Male), called.Called(Gender.Male));
    }

    [Fact]
    public void A_called_substitute_who_refuses_passes_the_call_to_the_next_one()
    {
        var refused = After(Accepted, d => Calling(d, Call()), d => DrawingDecider.Answer(d, Refuses(FirstSubstitute) with { AnsweredOn = LeftOn.PlusDays(9) }, Today));

        var next = Held.Result.Female[3];
        Assert.Contains(next, refused.Called(Gender.Female));
        Assert.Equal(Departed, refused.SeatOf(next).Replaces);
        Assert.Null(refused.SeatOf(next).AcceptedOn);
    }

    [Fact]
    public void Calling_again_for_the_same_departure_on_the_same_day_is_a_repeat_and_on_another_day_is_refused()
    {
        var called = After(Accepted, d => Calling(d, Call()));

        ThenEvents(Calling(called, Call()));
        ThenRejected("drawing.departure-already-called", () => Calling(called, Call(on: LeftOn.PlusDays(8))));
    }

    [Fact]
    public void One_departure_is_called_for_once_across_the_councils_drawings()
    {
        var other = After(Accepted, d => Calling(d, Call())) with { Id = CouncilFixtures.Id(70) };

        ThenRejected("drawing.departure-already-called", () => Calling(Accepted, Call(), Council, other));
    }

    [Fact]
    public void A_departure_already_replaced_in_the_council_calls_nobody()
    {
        var replaced = Council.Evolve(Council, new MemberJoined(CouncilFixtures.CouncilId, CouncilFixtures.Id(2), College.Residents, Gender.Female,
            "QP999001", null, LeftOn, MemberOrigin.Volunteer, Replaces: Departed));

        ThenRejected("drawing.departure-already-replaced", () => Calling(Accepted, Call(), replaced));
    }

    [Fact]
    public void Only_the_seat_of_a_resident_who_left_is_called_for()
    {
        ThenRejected("drawing.replaces-a-sitting-member", () => Calling(Accepted, Call(replaces: CouncilFixtures.Id(1))));
        ThenRejected("drawing.replaces-unknown-member", () => Calling(Accepted, Call(replaces: CouncilFixtures.Id(99))));
        var localActor = Council.Evolve(Council.Evolve(Council, CouncilFixtures.Joined(CouncilFixtures.Id(3), College.LocalActors, MemberOrigin.Designated)),
            new MemberLeft(CouncilFixtures.CouncilId, CouncilFixtures.Id(3), DepartureReason.Resignation, LeftOn));
        ThenRejected("drawing.replaces-not-a-resident", () => Calling(Accepted, Call(replaces: CouncilFixtures.Id(3)), localActor));
    }

    [Fact]
    public void A_call_is_dated_on_or_after_the_departure_and_the_drawing_and_not_in_the_future()
    {
        ThenRejected("drawing.call-before-departure", () => Calling(Accepted, Call(on: LeftOn.PlusDays(-1))));
        ThenRejected("date.in-future", () => Calling(Accepted, Call(on: Today.PlusDays(1))));
        var earlyDeparture = CouncilFixtures.GivenCouncil(CouncilFixtures.Created(), CouncilFixtures.Joined(CouncilFixtures.Id(4)),
            new MemberLeft(CouncilFixtures.CouncilId, CouncilFixtures.Id(4), DepartureReason.Resignation, HeldOn.PlusDays(-30)));
        ThenRejected("drawing.call-before-drawing", () => Calling(Accepted, Call(replaces: CouncilFixtures.Id(4), on: HeldOn.PlusDays(-1)), earlyDeparture));
    }

    [Fact]
    public void When_no_substitute_of_that_gender_is_left_a_new_drawing_is_needed()
    {
        var noWomanLeft = After(Accepted, [.. Held.Result.Female.Skip(1).Take(6).Select(w => (Func<Drawing, IReadOnlyList<object>>)(d => DrawingDecider.Answer(d, Refuses(w), Today)))]);
        Assert.Empty(noWomanLeft.Substitutes(Gender.Female));

        ThenRejected("drawing.no-substitute-left", () => Calling(noWomanLeft, Call()));
    }
}
