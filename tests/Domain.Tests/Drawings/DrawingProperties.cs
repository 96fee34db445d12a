using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Drawings;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Drawings.DrawingFixtures;

namespace ConseilsCitoyens.Domain.Tests.Drawings;

/// <summary>For any candidates and any seats within bounds (held after 2024, so parity does not limit them).</summary>
public class DrawingProperties
{
    private static readonly LocalDate HeldAfter2024 = new(2025, 3, 1);
    private static readonly LocalDate Today = new(2026, 1, 1);

    private static HoldDrawing AnyDrawing(NonEmptyString seed, NonEmptyArray<Guid> ids, bool[] female, NonNegativeInt a, NonNegativeInt b)
    {
        var candidates = ids.Get.Distinct()
            .Select((id, i) => new Candidate(id, (i < female.Length ? female[i] : i % 2 == 0) ? Gender.Female : Gender.Male, Landlords.Label))
            .ToArray();
        var women = candidates.Count(c => c.Gender == Gender.Female);
        var men = candidates.Length - women;
        var seats = new DrawingSeats(a.Get % (women + 1), b.Get % (men + 1));
        if (seats.Female + seats.Male == 0)
            seats = women > 0 ? seats with { Female = 1 } : seats with { Male = 1 };
        // A blank seed is refused (tested elsewhere): here every seed drives a drawing.
        var published = string.IsNullOrWhiteSpace(seed.Get) ? "seed" + seed.Get : seed.Get;
        return new HoldDrawing(DrawingId, HeldAfter2024, [Landlords with { Size = candidates.Length }, ElectoralRoll], published,
            candidates, seats);
    }

    private static Drawing HeldFrom(HoldDrawing command) => GivenDrawing([.. DrawingDecider.Hold(TheCouncil, command, Today)]);

    [Property(MaxTest = 300)]
    public void Each_genders_result_is_a_permutation_of_its_candidates(
        NonEmptyString seed, NonEmptyArray<Guid> ids, bool[] female, NonNegativeInt a, NonNegativeInt b)
    {
        var command = AnyDrawing(seed, ids, female, a, b);
        var drawing = HeldFrom(command);

        foreach (var gender in Drawing.Genders)
        {
            var candidates = command.Candidates.Where(c => c.Gender == gender).Select(c => c.CandidateId).Order();
            Assert.Equal(candidates, drawing.Result.For(gender).Order());
        }
    }

    [Property(MaxTest = 300)]
    public void Each_gender_gets_exactly_the_seats_requested(
        NonEmptyString seed, NonEmptyArray<Guid> ids, bool[] female, NonNegativeInt a, NonNegativeInt b)
    {
        var command = AnyDrawing(seed, ids, female, a, b);
        var drawing = HeldFrom(command);

        foreach (var gender in Drawing.Genders)
        {
            Assert.Equal(command.Seats.For(gender), drawing.Called(gender).Count);
            Assert.Equal(drawing.Result.For(gender).Take(command.Seats.For(gender)), drawing.Called(gender));
        }
    }

    [Property(MaxTest = 300)]
    public void Re_running_gives_the_same_result_whatever_the_order_of_the_candidates(
        NonEmptyString seed, NonEmptyArray<Guid> ids, bool[] female, NonNegativeInt a, NonNegativeInt b)
    {
        var command = AnyDrawing(seed, ids, female, a, b);
        var held = (DrawingHeld)DrawingDecider.Hold(TheCouncil, command, Today)[0];

        Assert.True(DrawingByLot.Verify(held).Reproducible);
        Assert.True(DrawingByLot.Draw(held.Seed, held.Candidates.Reverse()).SameAs(held.Result));
    }
}
