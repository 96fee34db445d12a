using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Conventions;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Conventions.ConventionFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Conventions;

public class SigningAConvention
{
    [Fact]
    public void The_seed_convention_is_signed_with_its_sponsors_once_each() =>
        ThenEvents(ConventionDecider.Sign(Sign(), TeamCalendar, Today), Signed());

    [Fact]
    public void A_convention_signed_on_a_saturday_is_recorded_with_a_warning() =>
        ThenEvents(ConventionDecider.Sign(Sign(signedOn: new LocalDate(2017, 1, 14)), TeamCalendar, Today),
            Signed() with { SignedOn = new LocalDate(2017, 1, 14) },
            new NonWorkingDayWarningRecorded(ConventionId, new LocalDate(2017, 1, 14), NonWorkingDayKind.Weekend, null));

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void A_duration_outside_one_to_ten_years_is_rejected(int years) =>
        ThenRejected("convention.duration-out-of-range", () => ConventionDecider.Sign(Sign(years), TeamCalendar, Today));

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void One_to_ten_years_are_accepted(int years) =>
        Assert.Equal(years, ((ConventionSigned)ConventionDecider.Sign(Sign(years), TeamCalendar, Today)[0]).DurationYears);

    [Fact]
    public void A_convention_without_objective_is_rejected() =>
        ThenRejected("convention.no-objective", () => ConventionDecider.Sign(Sign() with { Objectives = [" "] }, TeamCalendar, Today));

    [Fact]
    public void A_convention_without_sponsor_is_rejected() =>
        ThenRejected("convention.no-sponsor", () => ConventionDecider.Sign(Sign() with { Sponsors = [] }, TeamCalendar, Today));

    [Fact]
    public void A_signature_dated_in_the_future_is_rejected() =>
        ThenRejected("date.in-future", () => ConventionDecider.Sign(Sign(signedOn: Today.PlusDays(1)), TeamCalendar, Today));

    [Fact]
    public void A_signature_after_the_convention_ended_is_rejected() =>
        ThenRejected("convention.signed-after-end",
            () => ConventionDecider.Sign(Sign(durationYears: 1, signedOn: new LocalDate(2018, 1, 2)), TeamCalendar, Today));
}
