using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Drawings;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Drawings.DrawingFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;
using CouncilFixtures = ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;

namespace ConseilsCitoyens.Domain.Tests.Drawings;

public class HoldingADrawing
{
    private static readonly LocalDate Today = CouncilFixtures.Today;
    private static readonly LocalDate After2024 = new(2026, 1, 5);

    [Fact]
    public void A_drawing_records_its_lists_seed_candidates_and_the_result_computed_from_the_seed() =>
        ThenEvents(DrawingDecider.Hold(TheCouncil, Hold(3, 3), Today),
            new DrawingHeld(DrawingId, CouncilFixtures.CouncilId, HeldOn, [Landlords, ElectoralRoll], Seed, Candidates(),
                new DrawingSeats(3, 3), DrawingByLot.Algorithm, DrawingByLot.Draw(Seed, Candidates())));

    [Fact]
    public void The_first_seats_of_each_gender_are_called_and_the_others_wait_as_substitutes_in_order()
    {
        var drawing = GivenHeld(3, 2);

        Assert.Equal(drawing.Result.Female.Take(3), drawing.Called(Gender.Female));
        Assert.Equal(drawing.Result.Female.Skip(3), drawing.Substitutes(Gender.Female));
        Assert.Equal(drawing.Result.Male.Take(2), drawing.Called(Gender.Male));
        Assert.Equal(6, drawing.Substitutes(Gender.Male).Count);
        Assert.False(drawing.NewDrawingNeeded);
        Assert.Equal(CouncilFixtures.CouncilId, drawing.CouncilId);
    }

    [Fact]
    public void A_drawing_from_a_single_list_is_held_with_a_rule_4_warning()
    {
        var command = Hold() with
        {
            Lists = [Landlords],
            Candidates = [.. Candidates().Select(c => c with { List = Landlords.Label })],
        };

        var events = DrawingDecider.Hold(TheCouncil, command, Today);

        Assert.IsType<DrawingHeld>(events[0]);
        var warning = Assert.IsType<ComplianceWarningRecorded>(events[1]);
        Assert.Equal((4, "drawing.single-list", HeldOn), (warning.Rule, warning.Code, warning.On));
    }

    [Fact]
    public void A_drawing_from_several_lists_carries_no_warning() =>
        Assert.Single(DrawingDecider.Hold(TheCouncil, Hold(), Today));

    [Fact]
    public void Seats_differing_by_more_than_one_between_genders_break_parity_under_the_2014_law() =>
        ThenRejected("drawing.parity", () => DrawingDecider.Hold(TheCouncil, Hold(4, 2), Today));

    [Fact]
    public void Seats_differing_by_one_respect_parity() =>
        Assert.Equal(new DrawingSeats(4, 3), ((DrawingHeld)DrawingDecider.Hold(TheCouncil, Hold(4, 3), Today)[0]).Seats);

    // The decrees of 15 November 2024 were published in the Journal officiel of the 17th: the 2014 law still binds that day.
    [Theory]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    public void Parity_binds_until_17_November_2024(int day) =>
        ThenRejected("drawing.parity", () => DrawingDecider.Hold(TheCouncil, Hold(5, 2, new LocalDate(2024, 11, day)), After2024));

    [Fact]
    public void Parity_no_longer_binds_from_18_November_2024()
    {
        var held = DrawingDecider.Hold(TheCouncil, Hold(5, 2, new LocalDate(2024, 11, 18)), After2024);

        Assert.Equal(new DrawingSeats(5, 2), ((DrawingHeld)held[0]).Seats);
    }

    [Fact]
    public void More_seats_than_candidates_of_a_gender_are_rejected() =>
        ThenRejected("drawing.not-enough-candidates", () => DrawingDecider.Hold(TheCouncil, Hold(9, 8), Today));

    [Fact]
    public void A_drawing_without_any_list_is_rejected() =>
        ThenRejected("drawing.no-list", () => DrawingDecider.Hold(TheCouncil, Hold() with { Lists = [] }, Today));

    [Fact]
    public void A_candidate_given_twice_is_rejected() =>
        ThenRejected("drawing.duplicate-candidate",
            () => DrawingDecider.Hold(TheCouncil, Hold() with { Candidates = [.. Candidates(), Candidates()[0] with { List = ElectoralRoll.Label }] }, Today));

    [Fact]
    public void A_candidate_from_a_list_the_drawing_does_not_name_is_rejected() =>
        ThenRejected("drawing.unknown-list",
            () => DrawingDecider.Hold(TheCouncil, Hold() with { Candidates = [.. Candidates(), new Candidate(Woman(99), Gender.Female, "Autre")] }, Today));

    [Fact]
    public void Two_lists_with_the_same_label_are_rejected() =>
        ThenRejected("drawing.duplicate-list",
            () => DrawingDecider.Hold(TheCouncil, Hold() with { Lists = [Landlords, ElectoralRoll, Landlords with { Size = 3 }] }, Today));

    [Fact]
    public void More_candidates_than_entries_in_their_list_are_rejected() =>
        ThenRejected("drawing.list-too-small",
            () => DrawingDecider.Hold(TheCouncil, Hold() with { Lists = [Landlords with { Size = 7 }, ElectoralRoll] }, Today));

    [Fact]
    public void A_drawing_without_seats_is_rejected() =>
        ThenRejected("drawing.no-seat", () => DrawingDecider.Hold(TheCouncil, Hold(0, 0), Today));

    [Fact]
    public void A_drawing_without_a_seed_is_rejected() =>
        ThenRejected("drawing.no-seed", () => DrawingDecider.Hold(TheCouncil, Hold() with { Seed = "  " }, Today));

    [Fact]
    public void A_drawing_before_the_council_exists_is_rejected() =>
        ThenRejected("drawing.before-council",
            () => DrawingDecider.Hold(TheCouncil, Hold(on: CouncilFixtures.CreatedOn.PlusDays(-1)), Today));

    [Fact]
    public void A_drawing_dated_in_the_future_is_rejected() =>
        ThenRejected("date.in-future", () => DrawingDecider.Hold(TheCouncil, Hold(on: Today.PlusDays(1)), Today));

    [Fact]
    public void The_seed_is_recorded_trimmed_and_the_list_fingerprints_in_lower_case()
    {
        var command = Hold() with
        {
            Seed = $"  {Seed} ",
            Lists = [Landlords with { ContentHash = Landlords.ContentHash.ToUpperInvariant() }, ElectoralRoll],
        };

        var held = (DrawingHeld)DrawingDecider.Hold(TheCouncil, command, Today)[0];

        Assert.Equal(Seed, held.Seed);
        Assert.Equal(Landlords.ContentHash, held.Lists[0].ContentHash);
        Assert.True(DrawingByLot.Verify(held).Reproducible);
    }
}
