using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Immersions;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Partners.PartnerFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Immersions;

public class RecordingAnImmersion
{
    private static readonly Guid ImmersionId = Guid.Parse("0190c1a0-0000-7000-8000-0000000e0001");
    private static readonly Guid FacilitatorId = Guid.Parse("0190c1a0-0000-7000-8000-0000000f0001");
    private static readonly LocalDate Tuesday = new(2018, 3, 13);
    private static readonly LocalDate Saturday = new(2018, 3, 17);
    private static readonly LocalDate AscensionDay = new(2018, 5, 10);
    private static readonly WorkingCalendar Calendar = new([new PublicHoliday(AscensionDay, "Ascension")]);

    private static RecordImmersion Immersion(LocalDate? on = null, decimal hours = 2.5m, string? followUp = null) =>
        new(ImmersionId, FacilitatorId, on ?? Tuesday, hours, " Présentation du conseil citoyen à l'équipe ", followUp);

    private static ImmersionRecorded Recorded(LocalDate on, string? followUp = null) =>
        new(ImmersionId, FacilitatorId, PartnerId, on, 2.5m, "Présentation du conseil citoyen à l'équipe", followUp);

    [Fact]
    public void An_immersion_on_a_working_day_is_recorded_alone() =>
        ThenEvents(ImmersionDecider.Record(GivenPartner(Registered()), Immersion(followUp: "Rappeler en septembre"), Today, Calendar),
            Recorded(Tuesday, "Rappeler en septembre"));

    [Fact]
    public void An_immersion_on_a_saturday_is_accepted_with_a_warning() =>
        ThenEvents(ImmersionDecider.Record(GivenPartner(Registered()), Immersion(Saturday), Today, Calendar),
            Recorded(Saturday), new NonWorkingDayWarningRecorded(ImmersionId, Saturday, NonWorkingDayKind.Weekend, null));

    [Fact]
    public void An_immersion_on_a_public_holiday_is_accepted_with_a_warning_naming_it()
    {
        var events = ImmersionDecider.Record(GivenPartner(Registered()), Immersion(AscensionDay), Today, Calendar);
        var immersion = events.Aggregate((Immersion?)null, Domain.Immersions.Immersion.Evolve)!;

        Assert.Equal("Ascension", Assert.Single(immersion.Warnings).HolidayName);
    }

    [Fact]
    public void An_immersion_with_a_closed_partner_is_rejected() =>
        ThenRejected("partner.closed", () => ImmersionDecider.Record(GivenPartner(Registered(), Closed()), Immersion(), Today, Calendar));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(12.25)]
    public void An_immersion_lasts_more_than_nothing_and_at_most_twelve_hours(decimal hours) =>
        ThenRejected("immersion.duration-out-of-range", () => ImmersionDecider.Record(GivenPartner(Registered()), Immersion(hours: hours), Today, Calendar));

    [Fact]
    public void Twelve_hours_is_the_longest_immersion() =>
        Assert.Equal(12m, ((ImmersionRecorded)ImmersionDecider.Record(GivenPartner(Registered()), Immersion(hours: 12), Today, Calendar)[0]).DurationHours);

    [Fact]
    public void An_immersion_dated_after_today_is_rejected() =>
        ThenRejected("date.in-future", () => ImmersionDecider.Record(GivenPartner(Registered()), Immersion(Today.PlusDays(3)), Today, Calendar));
}
