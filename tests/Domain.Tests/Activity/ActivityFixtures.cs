using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Calendar;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;

namespace ConseilsCitoyens.Domain.Tests.Activity;

internal static class ActivityFixtures
{
    public static readonly Guid FacilitatorId = Guid.Parse("0190c1a0-0000-7000-8000-0000000000f1");
    public static readonly Guid LogId = ActivityLog.StreamIdFor(FacilitatorId);
    public static readonly Guid EntryId = Guid.Parse("0190c1a0-0000-7000-8000-0000000001e1");
    public static readonly LocalDate Tuesday = new(2018, 5, 15);
    public static readonly LocalDate Ascension = new(2018, 5, 10);
    public static readonly WorkingCalendar Holidays = new([new PublicHoliday(Ascension, "Ascension")]);

    public static ActivityLog GivenLog(params object[] events) =>
        events.Aggregate((ActivityLog?)null, ActivityLog.Evolve) ?? throw new InvalidOperationException("no events");

    public static RecordTime Time(decimal hours = 3, LocalDate? on = null, Guid? entryId = null, ActivityKind kind = ActivityKind.CouncilSupport) =>
        new(FacilitatorId, entryId ?? EntryId, on ?? Tuesday, kind, hours, CouncilId, "Préparation de la plénière");

    public static TimeRecorded TimeRecorded(RecordTime t) =>
        new(LogId, FacilitatorId, t.EntryId, t.On, t.Kind, t.Hours, t.CouncilId, t.Note);

    public static RecordMobilisation Mobilisation(int reached = 25, int newResidents = 10, LocalDate? on = null, Guid? entryId = null) =>
        new(FacilitatorId, entryId ?? EntryId, on ?? Tuesday, CouncilId, "Porte-à-porte rue d'essai", reached, newResidents);

    public static MobilisationRecorded MobilisationRecorded(RecordMobilisation m) =>
        new(LogId, FacilitatorId, m.EntryId, m.On, m.CouncilId, m.Description, m.ResidentsReached, m.NewResidents);

    public static Guid Entry(int n) => Guid.Parse($"0190c1a0-0000-7000-8000-{n:000000000000}");
}
