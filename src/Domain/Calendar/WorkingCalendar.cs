using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Calendar;

public sealed record PublicHoliday(LocalDate Date, string Name);

public enum NonWorkingDayKind
{
    Weekend,
    PublicHoliday,
}

/// <summary>
/// The team works Monday to Friday (DOMAIN.md §1). Activity dated on a weekend or a public holiday
/// is accepted and this warning recorded beside it, in the same stream.
/// </summary>
public sealed record NonWorkingDayWarningRecorded(Guid StreamId, LocalDate On, NonWorkingDayKind Kind, string? HolidayName) : IBusinessDated, IConsequence
{
    LocalDate IBusinessDated.BusinessDate => On;
}

/// <summary>Working days of the programme. The holiday list is data (src/Api/Data), given to the calendar.</summary>
public sealed class WorkingCalendar(IEnumerable<PublicHoliday> holidays)
{
    private readonly Dictionary<LocalDate, string> holidays = holidays.ToDictionary(h => h.Date, h => h.Name);

    public static readonly WorkingCalendar WeekendsOnly = new([]);

    public bool IsWorkingDay(LocalDate date) => Check(Guid.Empty, date) is null;

    /// <returns>The warning to append with an activity dated <paramref name="date"/>, or null on a working day.</returns>
    public NonWorkingDayWarningRecorded? Check(Guid streamId, LocalDate date)
    {
        if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            return new NonWorkingDayWarningRecorded(streamId, date, NonWorkingDayKind.Weekend, null);
        return holidays.TryGetValue(date, out var name)
            ? new NonWorkingDayWarningRecorded(streamId, date, NonWorkingDayKind.PublicHoliday, name)
            : null;
    }
}
