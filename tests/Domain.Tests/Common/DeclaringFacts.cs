using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Conventions;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Immersions;
using ConseilsCitoyens.Domain.Partners;
using ConseilsCitoyens.Domain.Privacy;
using ConseilsCitoyens.Domain.Proposals;
using ConseilsCitoyens.Domain.Quartiers;
using ConseilsCitoyens.Domain.Team;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;

namespace ConseilsCitoyens.Domain.Tests.Common;

/// <summary>
/// Every event says what it is about through the interfaces of src/Domain/Common, which the audit
/// filters, the replay and a facilitator's write scope read: a new event type that declares neither a
/// business date nor its councils fails here unless it joins a list below, with the reason.
/// </summary>
public class DeclaringFacts
{
    /// <summary>Events with no business date of their own.</summary>
    private static readonly Dictionary<Type, string> Undated = new()
    {
        [typeof(QuartierRegistered)] = "reference data: its validity may be unknown (validFrom is optional)",
    };

    /// <summary>Events tied to no council: the programme's, a team member's or a quartier's.</summary>
    private static readonly Dictionary<Type, string> ProgrammeLevel = new()
    {
        [typeof(ConventionSigned)] = "the programme's convention",
        [typeof(YearlyTargetSet)] = "the programme's convention: a council's target says so in its scope, not as the council it concerns",
        [typeof(YearlyTargetRevised)] = "the programme's convention, as its target",
        [typeof(TeamMemberRecruited)] = "the programme's team",
        [typeof(TrainingCompleted)] = "the programme's team",
        [typeof(TeamMemberLeft)] = "the programme's team",
        [typeof(PartnerRegistered)] = "the programme's partners",
        [typeof(PartnerUpdated)] = "the programme's partners",
        [typeof(PartnerClosed)] = "the programme's partners",
        [typeof(ImmersionRecorded)] = "a facilitator with a partner",
        [typeof(ActivityEntryCancelled)] = "a facilitator's own log: the entry it cancels names the council",
        [typeof(QuartierRegistered)] = "reference data",
        [typeof(QuartierRenamed)] = "reference data",
        [typeof(QuartierEnded)] = "reference data",
        [typeof(DiagnosticVersionPublished)] = "a quartier's diagnostic (IQuartierScoped), shared by its councils",
        [typeof(PersonalDataErased)] = "a person's erasure, whichever council they sat on",
        [typeof(NonWorkingDayWarningRecorded)] = "follows the event of its own stream",
    };

    /// <summary>The event types of the domain: what implements a stream's event interface (I…Event), and the warnings.</summary>
    public static readonly IReadOnlyList<Type> EventTypes = typeof(ICouncilScoped).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false })
        .Where(t => typeof(IConsequence).IsAssignableFrom(t)
                    || t.GetInterfaces().Any(i => i.Assembly == t.Assembly && i.Name.StartsWith('I') && i.Name.EndsWith("Event", StringComparison.Ordinal)))
        .OrderBy(t => t.Name)
        .ToArray();

    [Fact]
    public void Every_event_type_is_found() => Assert.True(EventTypes.Count >= 60, $"{EventTypes.Count} event types");

    [Fact]
    public void Every_event_declares_its_business_date() =>
        Assert.Empty(EventTypes.Where(t => !typeof(IBusinessDated).IsAssignableFrom(t) && !Undated.ContainsKey(t)).Select(t => t.Name));

    [Fact]
    public void Every_event_declares_its_councils_or_is_listed_as_programme_level() =>
        Assert.Empty(EventTypes.Where(t => !typeof(ICouncilScoped).IsAssignableFrom(t) && !ProgrammeLevel.ContainsKey(t)).Select(t => t.Name));

    [Fact]
    public void The_lists_hold_only_events_that_declare_nothing()
    {
        Assert.Empty(Undated.Keys.Where(typeof(IBusinessDated).IsAssignableFrom).Select(t => t.Name));
        Assert.Empty(ProgrammeLevel.Keys.Where(typeof(ICouncilScoped).IsAssignableFrom).Select(t => t.Name));
        Assert.All(Undated.Keys.Concat(ProgrammeLevel.Keys), t => Assert.Contains(t, EventTypes));
    }

    [Fact]
    public void A_proposal_s_answer_names_its_council_and_is_written_by_who_covers_it_on_the_answer_s_date()
    {
        var answer = new ProposalAnswered(Id(200), CouncilId, ProposalOutcome.Accepted, "Oui", "Mairie", new LocalDate(2018, 2, 19));

        Assert.Equal(new LocalDate(2018, 2, 19), ((IBusinessDated)answer).BusinessDate);
        var scope = WriteScope.Of(answer)!;
        Assert.Equal(new LocalDate(2018, 2, 19), scope.On);
        Assert.Equal([CouncilId], scope.Councils);
    }

    [Fact]
    public void A_stored_answer_from_before_it_named_its_council_declares_none() =>
        Assert.Empty(((ICouncilScoped)new ProposalAnswered(Id(200), Guid.Empty, ProposalOutcome.Accepted, "Oui", "Mairie", new LocalDate(2018, 2, 19))).CouncilIds);

    [Fact]
    public void An_assignment_names_its_council_but_is_the_programme_s_administration() =>
        Assert.Null(WriteScope.Of(new TeamMemberAssigned(Id(700), CouncilId, new LocalDate(2018, 1, 1), null)));

    [Fact]
    public void Time_spent_on_no_council_is_its_team_member_s_own_record()
    {
        var scope = WriteScope.Of(new TimeRecorded(Id(800), Id(700), Id(801), new LocalDate(2018, 1, 8), ActivityKind.Coordination, 2, null, null))!;

        Assert.Equal((Id(700), 0), (scope.FacilitatorId, scope.Councils.Count));
    }

    [Fact]
    public void A_warning_is_judged_with_the_event_it_follows()
    {
        Assert.Same(WriteScope.Consequence, WriteScope.Of(Compliance.Warn(CouncilId, 12, "code", "message", new LocalDate(2018, 1, 8))));
        Assert.Same(WriteScope.Consequence, WriteScope.Of(new NonWorkingDayWarningRecorded(Id(1), new LocalDate(2018, 1, 6), NonWorkingDayKind.Weekend, null)));
    }

    [Fact]
    public void A_diagnostic_is_its_quartier_s() =>
        Assert.Equal("QP999001", WriteScope.Of(new DiagnosticVersionPublished(Id(50), "QP999001", 1, new LocalDate(2018, 1, 8), [], []))!.QuartierCode);
}
