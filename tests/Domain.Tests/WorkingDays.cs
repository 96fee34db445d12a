using ConseilsCitoyens.Domain.Calendar;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests;

public class WorkingDays
{
    private static readonly WorkingCalendar Calendar = new([new PublicHoliday(new LocalDate(2017, 5, 25), "Ascension")]);

    [Fact]
    public void Monday_to_friday_are_working_days_except_public_holidays()
    {
        Assert.True(Calendar.IsWorkingDay(new LocalDate(2017, 5, 24)));
        Assert.Null(Calendar.Check(Guid.Empty, new LocalDate(2017, 5, 26)));
        Assert.Equal(new NonWorkingDayWarningRecorded(Guid.Empty, new LocalDate(2017, 5, 25), NonWorkingDayKind.PublicHoliday, "Ascension"),
            Calendar.Check(Guid.Empty, new LocalDate(2017, 5, 25)));
    }

    [Theory]
    [InlineData(2017, 5, 27)]
    [InlineData(2017, 5, 28)]
    public void Saturdays_and_sundays_are_not(int y, int m, int d) =>
        Assert.Equal(NonWorkingDayKind.Weekend, Calendar.Check(Guid.Empty, new LocalDate(y, m, d))?.Kind);
}
