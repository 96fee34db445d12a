using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Interpellations;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;

namespace ConseilsCitoyens.Domain.Tests.Interpellations;

internal static class InterpellationFixtures
{
    public static readonly Guid InterpellationId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000c1");

    // Created before the right of interpellation, so that its first day can be tested.
    public static readonly Council Council = GivenCouncil(
        new CouncilCreated(CouncilId, "Conseil citoyen d'essai", ["QP999001"], new LocalDate(2016, 6, 1)));

    public static readonly LocalDate ReferredOn = new(2017, 9, 4);

    public static Interpellation GivenInterpellation(params object[] events) =>
        events.Aggregate((Interpellation?)null, Interpellation.Evolve) ?? throw new InvalidOperationException("no events");

    public static ReferInterpellation Referral(LocalDate? on = null) =>
        new(InterpellationId, "Insalubrité des caves", "Les caves des immeubles de la rue d'essai sont inondées depuis un an.", on ?? ReferredOn);

    public static InterpellationReferred Referred() => new(InterpellationId, CouncilId, Referral().Subject, Referral().Difficulties, ReferredOn);

    public static InterpellationTransmitted Transmitted() =>
        new(InterpellationId, CouncilId, ["Mairie de Paris", "Métropole du Grand Paris", "Bailleur"], new LocalDate(2017, 9, 25));

    public static InterpellationEscalated Escalated() =>
        new(InterpellationId, CouncilId, "Un défaut d'entretien des réseaux.", ["Diagnostic technique", "Travaux d'étanchéité"], false, new LocalDate(2017, 11, 6));

    public static InterpellationDebated Debated() => new(InterpellationId, CouncilId, new LocalDate(2017, 12, 18));

    public static InterpellationClosed ClosedAfterDebate() => new(InterpellationId, CouncilId, "Travaux engagés.", true, new LocalDate(2018, 1, 15));

    public static InterpellationClosed ClosedAsNotJustified() => new(InterpellationId, CouncilId, "Hors du champ du contrat de ville.", false, new LocalDate(2017, 10, 9));

    /// <summary>The events that bring an interpellation to a stage; "closedAsNotJustified" ends right after transmission.</summary>
    public static object[] EventsUpTo(string stage) => stage switch
    {
        "referred" => [Referred()],
        "transmitted" => [Referred(), Transmitted()],
        "escalated" => [Referred(), Transmitted(), Escalated()],
        "debated" => [Referred(), Transmitted(), Escalated(), Debated()],
        "closed" => [Referred(), Transmitted(), Escalated(), Debated(), ClosedAfterDebate()],
        "closedAsNotJustified" => [Referred(), Transmitted(), ClosedAsNotJustified()],
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };
}
