using ConseilsCitoyens.Domain.Initiatives;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;

namespace ConseilsCitoyens.Domain.Tests.Initiatives;

internal static class InitiativeFixtures
{
    public static readonly Guid InitiativeId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000d1");
    public static readonly Guid SupportId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000e1");
    public static readonly LocalDate LaunchedOn = new(2017, 9, 4);
    public const string Fund = "Fonds de participation des habitants";

    public static Initiative GivenInitiative(params object[] events) =>
        events.Aggregate((Initiative?)null, Initiative.Evolve) ?? throw new InvalidOperationException("no events");

    public static InitiativeLaunched Launched() =>
        new(InitiativeId, CouncilId, "Fête de quartier", "Une fête pour se rencontrer entre voisins.", LaunchedOn);

    public static SupportInitiative Financial(long? amountCents = 150_000, string? fund = Fund, LocalDate? on = null) =>
        new(SupportId, SupportKind.Financial, "Ville de Paris", amountCents, fund, on ?? new LocalDate(2017, 10, 2));

    public static SupportInitiative Logistical(LocalDate? on = null) =>
        new(SupportId, SupportKind.Logistical, "Centre social d'essai", null, null, on ?? new LocalDate(2017, 10, 2));

    public static InitiativeSupported Supported(SupportInitiative s) =>
        new(InitiativeId, CouncilId, s.SupportId, s.Kind, s.By, s.AmountCents, s.Fund, s.SupportedOn);
}
