using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Drawings;
using static ConseilsCitoyens.Domain.Tests.Drawings.DrawingFixtures;
using CouncilFixtures = ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;

namespace ConseilsCitoyens.Domain.Tests.Drawings;

public class ReproducingADrawing
{
    private static DrawingHeld Held(HoldDrawing command) =>
        (DrawingHeld)DrawingDecider.Hold(TheCouncil, command, CouncilFixtures.Today)[0];

    // A test vector for auditors, computed by an independent implementation of DrawingByLot's
    // description: it pins the algorithm, which must never change under a recorded drawing.
    [Fact]
    public void The_algorithm_gives_the_published_test_vector()
    {
        var result = DrawingByLot.Draw(Seed, Candidates());

        Assert.Equal([Woman(4), Woman(6), Woman(8), Woman(3), Woman(2), Woman(5), Woman(7), Woman(1)], result.Female);
        Assert.Equal([Man(6), Man(2), Man(1), Man(5), Man(7), Man(4), Man(8), Man(3)], result.Male);
    }

    [Fact]
    public void Re_running_the_recorded_seed_and_candidates_gives_the_recorded_result()
    {
        var held = Held(Hold());

        var verification = DrawingByLot.Verify(held);

        Assert.True(verification.Reproducible);
        Assert.Equal(held.Result.Female, verification.Recomputed.Female);
        Assert.Equal(held.Result.Male, verification.Recomputed.Male);
    }

    [Fact]
    public void The_same_seed_and_candidates_in_another_order_give_the_same_result()
    {
        var shuffled = Hold() with { Candidates = [.. Candidates().OrderByDescending(c => c.CandidateId)] };

        Assert.True(Held(shuffled).Result.SameAs(Held(Hold()).Result));
    }

    [Fact]
    public void Another_seed_gives_another_result()
    {
        var other = Held(Hold() with { Seed = "Tirage public du 12 mai 2018 : 4 8 15 16 23 43" });

        Assert.False(other.Result.SameAs(Held(Hold()).Result));
    }

    [Fact]
    public void A_tampered_result_is_not_reproducible()
    {
        var held = Held(Hold());
        var tampered = held with { Result = held.Result with { Male = [.. held.Result.Male.Reverse()] } };

        Assert.False(DrawingByLot.Verify(tampered).Reproducible);
    }

    [Fact]
    public void A_result_recorded_by_another_algorithm_is_not_claimed_reproducible() =>
        Assert.False(DrawingByLot.Verify(Held(Hold()) with { Algorithm = "other/1" }).Reproducible);

    [Fact]
    public void Each_gender_is_drawn_independently_of_the_other()
    {
        var women = Candidates().Where(c => c.Gender == Gender.Female).ToArray();

        Assert.Equal(DrawingByLot.Draw(Seed, women).Female, DrawingByLot.Draw(Seed, Candidates()).Female);
    }
}
