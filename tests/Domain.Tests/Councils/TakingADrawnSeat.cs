using ConseilsCitoyens.Domain.Councils;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Councils;

public class TakingADrawnSeat
{
    private static readonly Guid DrawingId = Id(7);
    private static readonly LocalDate AcceptedOn = new(2017, 4, 10);
    private static readonly Council Council = GivenCouncil(Created());

    /// <summary>A woman's seat of this council's drawing, accepted on <see cref="AcceptedOn"/>.</summary>
    private static DrawnSeat Seat(Guid? replaces = null) => new(DrawingId, CouncilId, Gender.Female, AcceptedOn, replaces);

    private static JoinCouncil Drawn(LocalDate? on = null) =>
        Resident(on: on ?? AcceptedOn.PlusDays(1)) with { Origin = MemberOrigin.Drawn, Seat = Seat() };

    [Fact]
    public void A_drawn_resident_joins_on_their_accepted_seat_from_the_day_they_accepted() =>
        ThenEvents(CouncilDecider.Join(Council, Drawn(on: AcceptedOn), Today),
            new MemberJoined(CouncilId, MemberId, College.Residents, Gender.Female, "QP999001", null, AcceptedOn, MemberOrigin.Drawn, DrawingId));

    [Fact]
    public void The_seat_is_the_candidates_and_is_taken_with_their_gender() =>
        ThenRejected("member.seat-gender-mismatch", () => CouncilDecider.Join(Council, Drawn() with { Gender = Gender.Male }, Today));

    [Fact]
    public void A_drawn_seat_is_a_residents_seat() =>
        ThenRejected("member.seat-college-mismatch", () => CouncilDecider.Join(Council,
            Drawn() with { College = College.LocalActors, ResidenceQuartierCode = null, Organisation = "Association" }, Today));

    [Fact]
    public void Nobody_joins_on_a_seat_before_accepting_it() =>
        ThenRejected("member.joined-before-seat-accepted", () => CouncilDecider.Join(Council, Drawn(on: AcceptedOn.PlusDays(-1)), Today));

    private static readonly LocalDate LeftOn = new(2018, 1, 15);
    private static readonly Council AfterADeparture = GivenCouncil(Created(), Joined(Id(1)), new MemberLeft(CouncilId, Id(1), DepartureReason.Death, LeftOn));

    private static JoinCouncil SubstituteFor(Guid predecessor, Guid memberId, LocalDate on) =>
        Resident(on: on) with { MemberId = memberId, Origin = MemberOrigin.Substitute, Seat = Seat(replaces: predecessor), Replaces = predecessor };

    [Fact]
    public void A_substitute_replaces_a_departed_member_from_the_day_of_the_departure()
    {
        ThenRejected("member.replaces-before-departure",
            () => CouncilDecider.Join(AfterADeparture, SubstituteFor(Id(1), MemberId, LeftOn.PlusDays(-1)), Today));
        Assert.IsType<MemberJoined>(Assert.Single(CouncilDecider.Join(AfterADeparture, SubstituteFor(Id(1), MemberId, LeftOn), Today)));
    }

    [Fact]
    public void One_departure_is_replaced_once()
    {
        var replaced = GivenCouncil([Created(), Joined(Id(1)), new MemberLeft(CouncilId, Id(1), DepartureReason.Death, LeftOn),
            .. CouncilDecider.Join(AfterADeparture, SubstituteFor(Id(1), MemberId, LeftOn), Today)]);

        ThenRejected("member.already-replaced",
            () => CouncilDecider.Join(replaced, SubstituteFor(Id(1), Id(2), LeftOn.PlusDays(3)) with { Origin = MemberOrigin.Volunteer, Seat = null }, Today));
    }

    [Fact]
    public void A_substitute_called_for_a_departure_replaces_that_member() =>
        ThenRejected("member.seat-replaces-another", () => CouncilDecider.Join(
            GivenCouncil(Created(), Joined(Id(1)), Joined(Id(2)), new MemberLeft(CouncilId, Id(1), DepartureReason.Death, LeftOn),
                new MemberLeft(CouncilId, Id(2), DepartureReason.Resignation, LeftOn)),
            SubstituteFor(Id(1), MemberId, LeftOn) with { Replaces = Id(2) }, Today));
}
