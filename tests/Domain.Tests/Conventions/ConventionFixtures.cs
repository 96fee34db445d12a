using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Conventions;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Conventions;

internal static class ConventionFixtures
{
    public static readonly Guid ConventionId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000c1");
    public static readonly LocalDate SignedOn = new(2017, 1, 16);
    public static readonly LocalDate StartsOn = new(2017, 1, 1);
    public static readonly LocalDate Today = new(2018, 6, 30);
    public static readonly WorkingCalendar TeamCalendar = new([new PublicHoliday(new LocalDate(2018, 5, 1), "Fête du travail")]);

    public static Convention GivenConvention(params object[] events) =>
        events.Aggregate((Convention?)null, Convention.Evolve) ?? throw new InvalidOperationException("no events");

    public static SignConvention Sign(int durationYears = 3, LocalDate? signedOn = null) => new(
        ConventionId,
        " Dispositif d'animation et d'accompagnement des conseils citoyens ",
        ["Préfecture de Paris", " Ville de Paris", "Préfecture de Paris"],
        "France Médiation",
        "convention d'objectifs",
        signedOn ?? SignedOn,
        StartsOn,
        durationYears,
        ["Développer, consolider et animer le conseil citoyen", "Mobiliser les habitants éloignés de la participation"]);

    public static ConventionSigned Signed(int durationYears = 3) => new(
        ConventionId,
        "Dispositif d'animation et d'accompagnement des conseils citoyens",
        ["Préfecture de Paris", "Ville de Paris"],
        "France Médiation",
        "convention d'objectifs",
        SignedOn,
        StartsOn,
        durationYears,
        ["Développer, consolider et animer le conseil citoyen", "Mobiliser les habitants éloignés de la participation"]);

    public static YearlyTargetSet TargetSet(string indicator = IndicatorIds.MeetingsPerCouncil, int year = 1, decimal value = 10, LocalDate? on = null) =>
        new(ConventionId, indicator, year, value, on ?? new LocalDate(2017, 1, 17));
}
