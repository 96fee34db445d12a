using NodaTime;

namespace ConseilsCitoyens.Domain.Common;

/// <summary>Business dates are Paris dates: "today" is judged in the programme's own time zone.</summary>
public static class ProgrammeCalendar
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    public static LocalDate Today(Instant now) => now.InZone(Zone).Date;

    public static void NotInFuture(LocalDate date, LocalDate today, string what)
    {
        if (date > today)
            throw new RuleViolation("date.in-future", $"{what} ({date:yyyy-MM-dd}) is after today ({today:yyyy-MM-dd}).");
    }
}
