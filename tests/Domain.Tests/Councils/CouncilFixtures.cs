using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Councils;

internal static class CouncilFixtures
{
    public static readonly Guid CouncilId = Guid.Parse("0190c1a0-0000-7000-8000-000000000001");
    public static readonly Guid MemberId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000a1");
    public static readonly LocalDate CreatedOn = new(2017, 3, 6);
    public static readonly LocalDate Today = new(2018, 6, 30);

    public static Council GivenCouncil(params object[] events) =>
        events.Aggregate((Council?)null, Council.Evolve) ?? throw new InvalidOperationException("no events");

    public static CouncilCreated Created(params string[] quartiers) =>
        new(CouncilId, "Conseil citoyen d'essai", quartiers.Length == 0 ? ["QP999001"] : quartiers, CreatedOn);

    public static JoinCouncil Resident(string quartier = "QP999001", LocalDate? on = null) =>
        new(MemberId, College.Residents, Gender.Female, quartier, null, false, on ?? new LocalDate(2017, 4, 3));

    public static MemberJoined Joined(Guid memberId, College college = College.Residents, MemberOrigin origin = MemberOrigin.Drawn, LocalDate? on = null) =>
        new(CouncilId, memberId, college, Gender.Female, college == College.Residents ? "QP999001" : null,
            college == College.Residents ? null : "Association", on ?? new LocalDate(2017, 4, 3), origin);

    public static PrefectoralOrderRecorded Order(LocalDate? signedOn = null) =>
        new(CouncilId, "Arrêté n° 75-2017-0001", signedOn ?? new LocalDate(2017, 6, 1), [], null);

    public static Guid Id(int n) => Guid.Parse($"0190c1a0-0000-7000-8000-{n:000000000000}");

    public static JoinCouncil LocalActor(string? organisation = "Association du quartier") =>
        new(MemberId, College.LocalActors, Gender.Male, null, organisation, false, new LocalDate(2017, 4, 3));
}
