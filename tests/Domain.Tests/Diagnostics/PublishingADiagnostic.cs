using ConseilsCitoyens.Domain.Diagnostics;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Diagnostics.DiagnosticFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Diagnostics;

public class PublishingADiagnostic
{
    [Fact]
    public void The_first_version_gives_new_priorities_their_id() =>
        ThenEvents(DiagnosticDecider.Publish(null, Quartier,
                Publish(FirstOn, [" Peu de lieux de rencontre "], Draft(HousingPriority, withId: false) with { SourceDetail = " réunion publique du 12/03 " }), Today, NewId),
            FirstVersion() with { Priorities = [HousingPriority with { PriorityId = Generated }] });

    [Fact]
    public void A_new_version_replaces_the_current_one_and_carried_priorities_keep_their_id()
    {
        var events = DiagnosticDecider.Publish(GivenDiagnostic(FirstVersion()), Quartier,
            Publish(SecondOn, ["Peu de lieux de rencontre", "Des jeunes sans activité le soir"],
                Draft(HousingPriority) with { Statement = "Améliorer l'entretien et l'éclairage des halls" },
                Draft(YouthPriority, withId: false)), Today, NewId);

        var diagnostic = GivenDiagnostic([FirstVersion(), .. events]);
        Assert.Equal(2, diagnostic.Current.Number);
        Assert.Equal(SecondOn, diagnostic.Current.PublishedOn);
        Assert.True(diagnostic.HasPriority(Housing));
        Assert.True(diagnostic.HasPriority(Generated));
        Assert.Equal("Améliorer l'entretien des halls", diagnostic.Versions[0].Priorities[0].Statement);
    }

    [Fact]
    public void A_dropped_priority_is_no_longer_current_but_was_on_the_earlier_versions_dates()
    {
        var diagnostic = GivenDiagnostic(FirstVersion(),
            new DiagnosticVersionPublished(DiagnosticId, "QP999001", 2, SecondOn, ["Constat"], [YouthPriority]));

        Assert.False(diagnostic.HasPriority(Housing));
        Assert.True(diagnostic.HasPriorityOn(Housing, SecondOn.PlusDays(-1)));
        Assert.False(diagnostic.HasPriorityOn(Housing, SecondOn));
        Assert.False(diagnostic.HasPriorityOn(Housing, FirstOn.PlusDays(-1)));
    }

    [Fact]
    public void The_same_version_again_is_a_repeat_even_without_priority_ids_or_with_another_date() =>
        ThenEvents(DiagnosticDecider.Publish(GivenDiagnostic(FirstVersion()), Quartier,
            Publish(SecondOn, ["Peu de lieux de rencontre"], Draft(HousingPriority, withId: false)), Today, NewId));

    [Fact]
    public void A_diagnostic_states_at_least_one_finding() =>
        ThenRejected("diagnostic.no-findings", () => DiagnosticDecider.Publish(null, Quartier, Publish(FirstOn, [], Draft(HousingPriority)), Today, NewId));

    [Fact]
    public void A_priority_appears_once_per_version() =>
        ThenRejected("diagnostic.duplicate-priority", () => DiagnosticDecider.Publish(null, Quartier,
            Publish(FirstOn, ["Constat"], Draft(HousingPriority), Draft(YouthPriority) with { PriorityId = Housing }), Today, NewId));

    [Fact]
    public void A_version_is_neither_dated_after_today_nor_before_the_current_one()
    {
        ThenRejected("date.in-future", () => DiagnosticDecider.Publish(null, Quartier, Publish(Today.PlusDays(1), ["Constat"]), Today, NewId));
        ThenRejected("diagnostic.published-before-current", () => DiagnosticDecider.Publish(GivenDiagnostic(FirstVersion()), Quartier,
            Publish(FirstOn.PlusDays(-1), ["Autre constat"]), Today, NewId));
    }

    [Fact]
    public void Two_versions_on_the_same_day_are_allowed() =>
        Assert.Single(DiagnosticDecider.Publish(GivenDiagnostic(FirstVersion()), Quartier, Publish(FirstOn, ["Constat corrigé"]), Today, NewId));

    [Fact]
    public void Each_quartier_has_its_own_diagnostic_stream_distinct_from_the_quartiers()
    {
        Assert.Equal(TerritoryDiagnostic.StreamIdFor("qp999001"), DiagnosticId);
        Assert.NotEqual(Domain.Quartiers.Quartier.StreamIdFor("QP999001"), DiagnosticId);
        Assert.NotEqual(TerritoryDiagnostic.StreamIdFor("QP999002"), DiagnosticId);
    }

    [Fact]
    public void A_version_may_carry_a_priority_from_any_source_with_no_detail()
    {
        var events = DiagnosticDecider.Publish(null, Quartier,
            Publish(new LocalDate(2018, 1, 8), ["Constat"], new PriorityDraft(null, "Accès aux droits", PrioritySource.Partners, "  ")), Today, NewId);

        Assert.Null(((DiagnosticVersionPublished)events[0]).Priorities[0].SourceDetail);
    }
}
