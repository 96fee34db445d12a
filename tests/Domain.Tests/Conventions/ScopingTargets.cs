using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Indicators;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Conventions.ConventionFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Conventions;

/// <summary>A target is the programme's, an arrondissement's or a council's; each scope has its own.</summary>
public class ScopingTargets
{
    private static readonly Guid CouncilId = Guid.Parse("0190c1a0-0000-7000-8000-000000000001");
    private static readonly TargetScope OfCouncil = TargetScope.Council(CouncilId);
    private static readonly LocalDate Monday = new(2017, 1, 16);

    [Fact]
    public void A_council_target_is_set_beside_the_programme_target_of_the_same_indicator_and_year() =>
        ThenEvents(ConventionDecider.SetTarget(GivenConvention(Signed(), TargetSet(value: 12)),
                new SetYearlyTarget(IndicatorIds.MeetingsPerCouncil, 1, 4, Monday, OfCouncil), TeamCalendar, Today),
            new YearlyTargetSet(ConventionId, IndicatorIds.MeetingsPerCouncil, 1, 4, Monday, OfCouncil));

    [Fact]
    public void A_programme_target_is_recorded_without_a_scope_as_before_scopes_existed() =>
        ThenEvents(ConventionDecider.SetTarget(GivenConvention(Signed()),
                new SetYearlyTarget(IndicatorIds.MeetingsPerCouncil, 1, 12, Monday, TargetScope.Programme), TeamCalendar, Today),
            new YearlyTargetSet(ConventionId, IndicatorIds.MeetingsPerCouncil, 1, 12, Monday));

    [Fact]
    public void A_stored_target_without_a_scope_is_the_programme_s()
    {
        var convention = GivenConvention(Signed(), TargetSet(value: 12));

        Assert.Equal(TargetScope.Programme, convention.FindTarget(IndicatorIds.MeetingsPerCouncil, 1)!.Scope);
        Assert.Null(convention.FindTarget(IndicatorIds.MeetingsPerCouncil, 1, OfCouncil));
    }

    [Fact]
    public void Setting_a_scope_s_target_twice_is_refused() =>
        ThenRejected("convention.target-already-set", () => ConventionDecider.SetTarget(
            GivenConvention(Signed(), TargetSet(value: 12), new YearlyTargetSet(ConventionId, IndicatorIds.MeetingsPerCouncil, 1, 4, Monday, OfCouncil)),
            new SetYearlyTarget(IndicatorIds.MeetingsPerCouncil, 1, 5, Monday, OfCouncil), TeamCalendar, Today));

    [Fact]
    public void A_revision_changes_the_target_of_its_scope_only()
    {
        var convention = GivenConvention(Signed(), TargetSet(value: 12),
            new YearlyTargetSet(ConventionId, IndicatorIds.MeetingsPerCouncil, 1, 4, Monday, OfCouncil));

        var events = ConventionDecider.ReviseTarget(convention,
            new ReviseYearlyTarget(IndicatorIds.MeetingsPerCouncil, 1, 6, "Un rythme mensuel", new LocalDate(2018, 3, 5), OfCouncil), TeamCalendar, Today);

        ThenEvents(events, new YearlyTargetRevised(ConventionId, IndicatorIds.MeetingsPerCouncil, 1, 4, 6, "Un rythme mensuel", new LocalDate(2018, 3, 5), OfCouncil));
        var revised = events.Aggregate(convention, Convention.Evolve);
        Assert.Equal((12m, 6m), (revised.FindTarget(IndicatorIds.MeetingsPerCouncil, 1)!.Value, revised.FindTarget(IndicatorIds.MeetingsPerCouncil, 1, OfCouncil)!.Value));
    }

    [Fact]
    public void Revising_a_scope_that_has_no_target_is_refused() =>
        ThenRejected("convention.target-not-set", () => ConventionDecider.ReviseTarget(GivenConvention(Signed(), TargetSet(value: 12)),
            new ReviseYearlyTarget(IndicatorIds.MeetingsPerCouncil, 1, 6, "Un rythme mensuel", new LocalDate(2018, 3, 5), TargetScope.Arrondissement("75118")),
            TeamCalendar, Today));
}
