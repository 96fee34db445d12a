using ConseilsCitoyens.Domain.Councils;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Councils;

public class JoiningACouncil
{
    private static readonly Council Council = GivenCouncil(Created("QP999001", "QP999002"));

    [Fact]
    public void A_resident_of_one_of_the_councils_quartiers_joins_the_residents_college() =>
        ThenEvents(CouncilDecider.Join(Council, Resident("qp999002"), Today),
            new MemberJoined(CouncilId, MemberId, College.Residents, Gender.Female, "QP999002", null, new LocalDate(2017, 4, 3)));

    [Fact]
    public void A_local_actor_joins_for_their_organisation() =>
        ThenEvents(CouncilDecider.Join(Council, LocalActor(), Today),
            new MemberJoined(CouncilId, MemberId, College.LocalActors, Gender.Male, null, "Association du quartier", new LocalDate(2017, 4, 3)));

    [Fact]
    public void The_age_group_on_joining_is_recorded_and_never_the_birth_year() =>
        ThenEvents(CouncilDecider.Join(Council, LocalActor() with { AgeGroup = AgeGroup.Under30 }, Today),
            new MemberJoined(CouncilId, MemberId, College.LocalActors, Gender.Male, null, "Association du quartier", new LocalDate(2017, 4, 3),
                AgeGroup: AgeGroup.Under30));

    [Fact]
    public void A_joined_member_counts_in_their_college()
    {
        var council = GivenCouncil(Created(), CouncilDecider.Join(Council, LocalActor(), Today)[0]);

        Assert.Equal(1, council.CountIn(College.LocalActors));
        Assert.Equal(0, council.CountIn(College.Residents));
    }

    [Fact]
    public void A_resident_living_outside_the_councils_quartiers_is_rejected() =>
        ThenRejected("member.resident-outside-council", () => CouncilDecider.Join(Council, Resident("QP999009"), Today));

    [Fact]
    public void A_resident_must_state_their_quartier() =>
        ThenRejected("member.resident-without-quartier",
            () => CouncilDecider.Join(Council, Resident() with { ResidenceQuartierCode = null }, Today));

    [Fact]
    public void A_resident_does_not_represent_an_organisation() =>
        ThenRejected("member.resident-with-organisation",
            () => CouncilDecider.Join(Council, Resident() with { Organisation = "Amicale" }, Today));

    [Fact]
    public void A_local_actor_names_their_organisation() =>
        ThenRejected("member.local-actor-without-organisation", () => CouncilDecider.Join(Council, LocalActor(" "), Today));

    [Fact]
    public void An_elected_official_cannot_join() =>
        ThenRejected("member.elected-official",
            () => CouncilDecider.Join(Council, Resident() with { IsElectedOfficial = true }, Today));

    [Fact]
    public void Nobody_joins_before_the_council_exists() =>
        ThenRejected("member.joined-before-creation",
            () => CouncilDecider.Join(Council, Resident(on: CreatedOn.PlusDays(-1)), Today));

    [Fact]
    public void Nobody_joins_in_the_future() =>
        ThenRejected("date.in-future", () => CouncilDecider.Join(Council, Resident(on: Today.PlusDays(1)), Today));

    [Fact]
    public void Repeating_the_same_join_appends_nothing()
    {
        var council = GivenCouncil(Created(), CouncilDecider.Join(Council, Resident(), Today)[0]);

        ThenEvents(CouncilDecider.Join(council, Resident(), Today));
    }

    [Fact]
    public void The_same_member_cannot_join_again_differently()
    {
        var council = GivenCouncil(Created(), CouncilDecider.Join(Council, Resident(), Today)[0]);

        ThenRejected("member.already-member", () => CouncilDecider.Join(council, LocalActor(), Today));
    }
}
