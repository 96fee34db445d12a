using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Quartiers;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Councils;

public class ChangingMaps
{
    private static readonly LocalDate MapChange = new(2024, 1, 1);
    private static readonly LocalDate Later = new(2025, 6, 30);

    private static readonly Quartier Old = new(Quartier.StreamIdFor("QP999001"), "QP999001", "Ancien", "75118", MapGeneration.Qpv2015)
    {
        ValidUntil = new LocalDate(2023, 12, 31),
    };

    private static readonly Quartier New = new(Quartier.StreamIdFor("QN999001"), "QN999001", "Nouveau", "75118", MapGeneration.Qpv2024)
    {
        ValidFrom = MapChange,
    };

    private static RemapQuartiers ToNewMap(LocalDate? on = null, params string[] codes) =>
        new(codes.Length == 0 ? ["qn999001 "] : codes, MapGeneration.Qpv2024, on ?? MapChange);

    [Fact]
    public void A_council_moves_to_the_new_map_from_a_date_and_keeps_its_old_codes_before_it()
    {
        var council = GivenCouncil(Created());

        var events = CouncilDecider.RemapQuartiers(council, ToNewMap(), [New], Later);

        ThenEvents(events, new CouncilQuartiersRemapped(CouncilId, ["QN999001"], MapGeneration.Qpv2024, MapChange));
        var remapped = GivenCouncil([Created(), .. events]);
        Assert.Equal<string>(["QP999001"], remapped.QuartierCodesOn(new LocalDate(2023, 12, 31)));
        Assert.Equal<string>(["QN999001"], remapped.QuartierCodesOn(MapChange));
        Assert.Equal<string>(["QN999001"], remapped.QuartierCodes);
        Assert.Equal<string>(["QP999001", "QN999001"], remapped.AllQuartierCodes());
    }

    [Fact]
    public void The_same_map_change_again_is_a_repeat()
    {
        var council = GivenCouncil(Created(), new CouncilQuartiersRemapped(CouncilId, ["QN999001"], MapGeneration.Qpv2024, MapChange));

        ThenEvents(CouncilDecider.RemapQuartiers(council, ToNewMap(), [New], Later));
    }

    [Fact]
    public void The_new_codes_must_be_known_of_the_named_map_and_in_force_on_the_date()
    {
        var council = GivenCouncil(Created());

        ThenRejected("council.unknown-quartier", () => CouncilDecider.RemapQuartiers(council, ToNewMap(), [], Later));
        ThenRejected("council.quartier-of-another-map",
            () => CouncilDecider.RemapQuartiers(council, ToNewMap(null, "QP999001"), [Old], Later));
        ThenRejected("council.quartier-not-in-force",
            () => CouncilDecider.RemapQuartiers(council, ToNewMap(new LocalDate(2023, 6, 1)), [New], Later));
        ThenRejected("council.no-quartier",
            () => CouncilDecider.RemapQuartiers(council, new RemapQuartiers([], MapGeneration.Qpv2024, MapChange), [New], Later));
    }

    [Fact]
    public void A_map_change_is_dated_within_the_council_s_life_and_after_the_previous_one()
    {
        var council = GivenCouncil(Created(), new CouncilQuartiersRemapped(CouncilId, ["QN999001"], MapGeneration.Qpv2024, new LocalDate(2024, 3, 1)));
        var second = New with { Id = Quartier.StreamIdFor("QN999002"), Code = "QN999002" };

        ThenRejected("council.map-change-out-of-order",
            () => CouncilDecider.RemapQuartiers(council, ToNewMap(MapChange, "QN999002"), [second], Later));
        ThenRejected("date.in-future", () => CouncilDecider.RemapQuartiers(GivenCouncil(Created()), ToNewMap(), [New], new LocalDate(2023, 12, 1)));
    }

    [Fact]
    public void A_resident_joins_on_the_map_in_force_on_the_joining_date()
    {
        var council = GivenCouncil(Created(), new CouncilQuartiersRemapped(CouncilId, ["QN999001"], MapGeneration.Qpv2024, MapChange));

        ThenRejected("member.resident-outside-council",
            () => CouncilDecider.Join(council, Resident("QP999001", new LocalDate(2024, 2, 1)), Later));
        Assert.NotEmpty(CouncilDecider.Join(council, Resident("QN999001", new LocalDate(2024, 2, 1)), Later));
    }
}
