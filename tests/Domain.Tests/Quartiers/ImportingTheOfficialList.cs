using ConseilsCitoyens.Domain.Quartiers;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Quartiers;

// Lists written for the tests: codes of département 999 are visibly fictional.
public class ImportingTheOfficialList
{
    private static readonly QpvImportSettings Map2015 = new(MapGeneration.Qpv2015, new LocalDate(2015, 1, 1), null);
    private static readonly QpvRow First = new(2, "QP999001", "Quartier un", "75118");
    private static readonly QpvRow Second = new(3, "qp999002", "Quartier deux", "75119");

    private static Quartier Known(QpvRow row, LocalDate? until = null) =>
        Quartier.Evolve(null, new QuartierRegistered(Quartier.StreamIdFor(row.Code), Quartier.Normalise(row.Code), row.Name,
            row.ArrondissementCode, MapGeneration.Qpv2015, Map2015.ValidFrom, until));

    [Fact]
    public void Unknown_codes_are_added_with_their_map_and_its_dates()
    {
        var plan = QpvImport.Plan(Map2015, [First, Second], []);

        Assert.Equal(2, plan.Added);
        ThenEvents(plan.Changes[1].Events, new QuartierRegistered(Quartier.StreamIdFor("QP999002"), "QP999002", "Quartier deux", "75119",
            MapGeneration.Qpv2015, new LocalDate(2015, 1, 1), null));
    }

    [Fact]
    public void Importing_the_same_list_again_changes_nothing()
    {
        var plan = QpvImport.Plan(Map2015, [First, Second], [Known(First), Known(Second)]);

        Assert.Empty(plan.Changes);
        Assert.Equal(2, plan.Unchanged);
    }

    [Fact]
    public void A_new_name_renames_and_the_end_of_the_map_ends_its_quartiers()
    {
        var ending = Map2015 with { ValidUntil = new LocalDate(2023, 12, 31) };

        var plan = QpvImport.Plan(ending, [First with { Name = "Quartier un (nouveau nom)" }], [Known(First)]);

        Assert.Equal((0, 1, 1), (plan.Added, plan.Renamed, plan.Ended));
        var ended = Assert.IsType<QuartierEnded>(plan.Changes[0].Events[1]);
        Assert.False(Quartier.Evolve(Known(First), ended).IsInForceOn(new LocalDate(2024, 1, 1)));
        Assert.True(Quartier.Evolve(Known(First), ended).IsInForceOn(new LocalDate(2023, 12, 31)));
    }

    [Fact]
    public void A_file_with_bad_lines_is_refused_whole_with_every_line_in_error()
    {
        var rejected = Assert.Throws<QpvImportRejected>(() => QpvImport.Plan(Map2015,
            [First, new QpvRow(3, "QP99900X", "Mauvais", "75118"), new QpvRow(4, "QP999001", "Doublon", "75118"), new QpvRow(5, "QP999003", "", "75118")], []));

        Assert.Equal([3, 4, 5], rejected.Errors.Select(e => e.Line));
        Assert.Contains("line 2", rejected.Errors[1].Message);
    }

    [Fact]
    public void A_file_mixing_both_generations_is_refused_on_the_lines_of_the_other_map()
    {
        var rejected = Assert.Throws<QpvImportRejected>(() => QpvImport.Plan(Map2015,
            [First, new QpvRow(3, "QN999001", "Quartier nouvelle géographie", "75118")], []));

        Assert.Equal(3, Assert.Single(rejected.Errors).Line);
    }

    [Fact]
    public void An_empty_list_or_a_map_ending_before_it_starts_is_refused()
    {
        Assert.Throws<QpvImportRejected>(() => QpvImport.Plan(Map2015, [], []));
        Assert.Throws<QpvImportRejected>(() => QpvImport.Plan(Map2015 with { ValidUntil = new LocalDate(2014, 1, 1) }, [First], []));
    }
}
