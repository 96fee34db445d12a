using ConseilsCitoyens.Domain.Partners;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Partners;

internal static class PartnerFixtures
{
    public static readonly Guid PartnerId = Guid.Parse("0190c1a0-0000-7000-8000-0000000c0001");
    public static readonly LocalDate Since = new(2017, 9, 4);
    public static readonly LocalDate Today = new(2018, 6, 30);
    public const string Role = "chargée de mission politique de la ville";

    public static Partner GivenPartner(params object[] events) =>
        events.Aggregate((Partner?)null, Partner.Evolve) ?? throw new InvalidOperationException("no events");

    public static PartnerRegistered Registered(string? arrondissement = "75118") =>
        new(PartnerId, "Centre social d'essai", PartnerKind.Association, arrondissement, Role, Since);

    public static PartnerClosed Closed(LocalDate? on = null) => new(PartnerId, "Fin de la convention", on ?? new LocalDate(2018, 3, 1));

    public static RegisterPartner Register(string? arrondissement = "75118", string? contactRole = Role, LocalDate? since = null) =>
        new(PartnerId, "  Centre social d'essai ", PartnerKind.Association, arrondissement, contactRole, since ?? Since);

    public static UpdatePartner Update(string name = "Centre social d'essai", string? arrondissement = "75118", string? contactRole = Role,
        PartnerKind kind = PartnerKind.Association) => new(name, kind, arrondissement, contactRole);
}
