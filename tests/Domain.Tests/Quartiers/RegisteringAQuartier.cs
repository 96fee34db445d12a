using ConseilsCitoyens.Domain.Quartiers;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Quartiers;

// Codes in tests are visibly fictional (département 999): no real QPV code is invented.
public class RegisteringAQuartier
{
    [Fact]
    public void Registers_a_quartier_under_an_id_derived_from_its_code()
    {
        var registered = Quartier.Register(new RegisterQuartier(" qp999001 ", "Quartier d'essai", "75118", MapGeneration.Qpv2015));

        ThenEvents([registered],
            new QuartierRegistered(Quartier.StreamIdFor("QP999001"), "QP999001", "Quartier d'essai", "75118", MapGeneration.Qpv2015));
    }

    [Fact]
    public void The_same_code_always_gives_the_same_stream_and_another_code_another()
    {
        Assert.Equal(Quartier.StreamIdFor("QN999001"), Quartier.StreamIdFor("qn999001"));
        Assert.NotEqual(Quartier.StreamIdFor("QN999001"), Quartier.StreamIdFor("QP999001"));
    }

    [Theory]
    [InlineData("Q999001")]
    [InlineData("QX999001")]
    [InlineData("QP99900")]
    [InlineData("QP9990011")]
    public void Rejects_a_malformed_code(string code) =>
        ThenRejected("quartier.code-malformed",
            () => Quartier.Register(new RegisterQuartier(code, "Essai", "75118", MapGeneration.Qpv2015)));

    [Fact]
    public void Rejects_a_code_of_the_other_map_generation() =>
        ThenRejected("quartier.code-generation-mismatch",
            () => Quartier.Register(new RegisterQuartier("QP999001", "Essai", "75118", MapGeneration.Qpv2024)));

    [Fact]
    public void Rejects_an_arrondissement_that_is_not_an_insee_code() =>
        ThenRejected("quartier.arrondissement-malformed",
            () => Quartier.Register(new RegisterQuartier("QN999001", "Essai", "18e", MapGeneration.Qpv2024)));
}
