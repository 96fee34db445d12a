using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Quartiers;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Diagnostics;

internal static class DiagnosticFixtures
{
    public static readonly Quartier Quartier = Domain.Quartiers.Quartier.Evolve(null,
        Domain.Quartiers.Quartier.Register(new RegisterQuartier("QP999001", "Quartier d'essai", "75118", MapGeneration.Qpv2015)));
    public static readonly Guid DiagnosticId = TerritoryDiagnostic.StreamIdFor("QP999001");
    public static readonly Guid Housing = Guid.Parse("0190c1a0-0000-7000-8000-0000000d1001");
    public static readonly Guid Youth = Guid.Parse("0190c1a0-0000-7000-8000-0000000d1002");
    public static readonly Guid Generated = Guid.Parse("0190c1a0-0000-7000-8000-0000000d1999");
    public static readonly LocalDate FirstOn = new(2017, 10, 2);
    public static readonly LocalDate SecondOn = new(2018, 4, 9);
    public static readonly LocalDate Today = new(2018, 6, 30);

    public static readonly Priority HousingPriority = new(Housing, "Améliorer l'entretien des halls", PrioritySource.Residents, "réunion publique du 12/03");
    public static readonly Priority YouthPriority = new(Youth, "Ouvrir un lieu pour les jeunes le soir", PrioritySource.FieldActors, null);

    public static TerritoryDiagnostic GivenDiagnostic(params object[] events) =>
        events.Aggregate((TerritoryDiagnostic?)null, TerritoryDiagnostic.Evolve) ?? throw new InvalidOperationException("no events");

    public static DiagnosticVersionPublished FirstVersion() =>
        new(DiagnosticId, "QP999001", 1, FirstOn, ["Peu de lieux de rencontre"], [HousingPriority]);

    public static PriorityDraft Draft(Priority p, bool withId = true) => new(withId ? p.PriorityId : null, p.Statement, p.Source, p.SourceDetail);

    public static PublishDiagnosticVersion Publish(LocalDate on, string[] findings, params PriorityDraft[] priorities) => new(on, findings, priorities);

    public static Guid NewId() => Generated;
}
