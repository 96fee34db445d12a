using ConseilsCitoyens.Domain.Councils;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Councils;

public class CreatingACouncil
{
    private static readonly HashSet<string> Known = ["QP999001", "QP999002"];

    [Fact]
    public void Creates_a_council_covering_several_quartiers_once_each()
    {
        var created = CouncilDecider.Create(
            new CreateCouncil(CouncilId, " Conseil citoyen d'essai ", ["QP999001", "qp999002", "QP999001"], CreatedOn), Known, Today);

        ThenEvents([created], new CouncilCreated(CouncilId, "Conseil citoyen d'essai", ["QP999001", "QP999002"], CreatedOn));
    }

    [Fact]
    public void Several_quartiers_are_rejected_under_the_2014_rules_and_accepted_from_the_2017_circular()
    {
        var before = new CreateCouncil(CouncilId, "Essai", ["QP999001", "QP999002"], new LocalDate(2017, 2, 1));

        ThenRejected("council.several-quartiers-before-2017", () => CouncilDecider.Create(before, Known, Today));
        Assert.Equal(2, CouncilDecider.Create(before with { CreatedOn = new LocalDate(2017, 2, 2) }, Known, Today).QuartierCodes.Count);
    }

    [Fact]
    public void Rejects_a_council_without_quartier() =>
        ThenRejected("council.no-quartier",
            () => CouncilDecider.Create(new CreateCouncil(CouncilId, "Essai", [], CreatedOn), Known, Today));

    [Fact]
    public void Rejects_a_quartier_that_was_never_registered() =>
        ThenRejected("council.unknown-quartier",
            () => CouncilDecider.Create(new CreateCouncil(CouncilId, "Essai", ["QP999001", "QP999003"], CreatedOn), Known, Today));

    [Fact]
    public void Rejects_a_creation_dated_in_the_future() =>
        ThenRejected("date.in-future",
            () => CouncilDecider.Create(new CreateCouncil(CouncilId, "Essai", ["QP999001"], Today.PlusDays(1)), Known, Today));

    [Fact]
    public void The_created_council_starts_empty_at_its_creation_date()
    {
        var council = GivenCouncil(Created("QP999001", "QP999002"));

        Assert.Equal(CouncilId, council.Id);
        Assert.Equal(["QP999001", "QP999002"], council.QuartierCodes.AsEnumerable());
        Assert.Empty(council.Members);
        Assert.Equal(new LocalDate(2017, 3, 6), council.CreatedOn);
    }
}
