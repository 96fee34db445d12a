using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;
using static ConseilsCitoyens.Domain.Tests.Spec;

namespace ConseilsCitoyens.Domain.Tests.Councils;

public class RunningACouncil
{
    private static readonly LocalDate Later = new(2025, 6, 30);
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static Council Recognised(params object[] more) => GivenCouncil([Created(), .. more, Order()]);

    private static object[] Residents(int count, MemberOrigin origin = MemberOrigin.Drawn) =>
        Enumerable.Range(1, count).Select(i => (object)Joined(Id(i), origin: origin)).ToArray();

    private static string[] WarningCodes(IEnumerable<object> events) =>
        events.OfType<ComplianceWarningRecorded>().Select(w => w.Code).Order().ToArray();

    [Fact]
    public void Municipal_hosting_during_start_up_is_fine_and_reported_after_it()
    {
        var council = GivenCouncil(Created());

        Assert.Empty(WarningCodes(CouncilDecider.ArrangeHosting(council, new ArrangeHosting(HostingKind.Municipal, "Mairie du 18e", new LocalDate(2017, 9, 1)), Today)));
        Assert.Equal(["hosting.municipal-beyond-start-up"],
            WarningCodes(CouncilDecider.ArrangeHosting(council, new ArrangeHosting(HostingKind.Municipal, "Mairie du 18e", new LocalDate(2018, 4, 1)), Today)));
    }

    [Fact]
    public void Arranging_the_same_hosting_again_is_a_repeat()
    {
        var council = GivenCouncil(Created(), new HostingArranged(CouncilId, HostingKind.HostStructure, "Centre social", CreatedOn));

        ThenEvents(CouncilDecider.ArrangeHosting(council, new ArrangeHosting(HostingKind.HostStructure, "Centre social", Today), Today));
    }

    [Fact]
    public void Internal_rules_are_versioned_and_readopting_the_current_text_is_a_repeat()
    {
        var council = GivenCouncil(Created(), new InternalRulesAdopted(CouncilId, 1, "Charte", new string('a', 64), CreatedOn));

        ThenEvents(CouncilDecider.AdoptInternalRules(council, new AdoptInternalRules("Charte v2", Hash, new LocalDate(2018, 1, 10)), Today),
            new InternalRulesAdopted(CouncilId, 2, "Charte v2", Hash, new LocalDate(2018, 1, 10)));
        ThenEvents(CouncilDecider.AdoptInternalRules(council, new AdoptInternalRules("Charte", new string('A', 64), Today), Today));
        ThenRejected("internal-rules.hash-malformed",
            () => CouncilDecider.AdoptInternalRules(council, new AdoptInternalRules("Charte", "abc", Today), Today));
    }

    [Fact]
    public void A_prefectoral_order_recognises_only_sitting_members()
    {
        var council = GivenCouncil(Created(), Joined(MemberId));
        var order = new RecordPrefectoralOrder("Arrêté", new LocalDate(2017, 6, 1), [MemberId, Id(9)], null);

        ThenRejected("order.recognises-non-members", () => CouncilDecider.RecordPrefectoralOrder(council, order, Today));
        Assert.Single(CouncilDecider.RecordPrefectoralOrder(council, order with { RecognisedMemberIds = [MemberId] }, Today));
    }

    [Fact]
    public void Activation_needs_a_prefectoral_order_until_the_2024_decrees_and_not_after()
    {
        var unrecognised = GivenCouncil([Created(), .. Residents(15)]);

        ThenRejected("council.not-recognised", () => CouncilDecider.ChangeStatus(unrecognised,
            new ChangeStatus(CouncilStatus.Active, "Installation", new LocalDate(2024, 11, 17)), Later));
        Assert.IsType<CouncilStatusChanged>(CouncilDecider.ChangeStatus(unrecognised,
            new ChangeStatus(CouncilStatus.Active, "Installation", new LocalDate(2024, 11, 18)), Later)[0]);
    }

    [Fact]
    public void Activation_without_internal_rules_is_reported()
    {
        var council = Recognised(Residents(15));

        Assert.Equal(["council.no-internal-rules"],
            WarningCodes(CouncilDecider.ChangeStatus(council, new ChangeStatus(CouncilStatus.Active, "Installation", Today), Today)));
    }

    [Fact]
    public void A_council_of_volunteers_only_cannot_function_until_2024_and_is_reported_after()
    {
        var volunteers = Recognised(Residents(15, MemberOrigin.Volunteer));

        ThenRejected("composition.volunteers-only",
            () => CouncilDecider.ChangeStatus(volunteers, new ChangeStatus(CouncilStatus.Active, "Installation", Today), Today));
        Assert.Contains("composition.volunteers-only",
            WarningCodes(CouncilDecider.ChangeStatus(volunteers, new ChangeStatus(CouncilStatus.Active, "Installation", Law.Decrees2024), Later)));
    }

    [Fact]
    public void A_functioning_council_below_half_residents_or_outside_15_to_50_members_is_reported()
    {
        object[] members = [.. Residents(2), .. Enumerable.Range(10, 3).Select(i => Joined(Id(i), College.LocalActors, MemberOrigin.Designated))];

        Assert.Equal(["composition.residents-below-half", "composition.size-outside-recommendation", "council.no-internal-rules"],
            WarningCodes(CouncilDecider.ChangeStatus(Recognised(members), new ChangeStatus(CouncilStatus.Active, "Installation", Today), Today)));
    }

    [Fact]
    public void The_size_recommendation_dates_from_the_2017_circular()
    {
        var early = new LocalDate(2016, 5, 2);
        var council = GivenCouncil(Created() with { CreatedOn = early }, Joined(MemberId, on: early), Order(early),
            new InternalRulesAdopted(CouncilId, 1, "Charte", Hash, early));

        Assert.Empty(WarningCodes(CouncilDecider.ChangeStatus(council, new ChangeStatus(CouncilStatus.Active, "Installation", early), Today)));
        Assert.Equal(["composition.size-outside-recommendation"],
            WarningCodes(CouncilDecider.ChangeStatus(council, new ChangeStatus(CouncilStatus.Active, "Installation", Law.Circular2017), Today)));
    }

    [Fact]
    public void A_member_leaving_an_active_council_re_checks_its_composition()
    {
        var active = GivenCouncil([Created(), .. Residents(15), Order(), new CouncilStatusChanged(CouncilId, CouncilStatus.Active, "", new LocalDate(2017, 6, 2))]);

        Assert.Equal(["composition.size-outside-recommendation"],
            WarningCodes(CouncilDecider.Leave(active, new LeaveCouncil(Id(1), DepartureReason.Resignation, Today), Today)));
    }

    [Fact]
    public void A_join_is_refused_for_a_hard_rule_it_breaks_and_reported_for_one_that_was_already_broken()
    {
        var activeWithLocalActors = GivenCouncil([Created(), .. Enumerable.Range(10, 15).Select(i => Joined(Id(i), College.LocalActors, MemberOrigin.Designated)),
            Order(), new CouncilStatusChanged(CouncilId, CouncilStatus.Active, "", new LocalDate(2017, 6, 2))]);
        var aVolunteer = Resident(on: Today) with { MemberId = Id(1) };
        ThenRejected("composition.volunteers-only", () => CouncilDecider.Join(activeWithLocalActors, aVolunteer, Today));

        // The last drawn resident left (a fact, reported): another volunteer joining breaks nothing new.
        var volunteersOnly = GivenCouncil([Created(), Joined(MemberId), .. Residents(15, MemberOrigin.Volunteer).Skip(1), Order(),
            new CouncilStatusChanged(CouncilId, CouncilStatus.Active, "", new LocalDate(2017, 6, 2)),
            new MemberLeft(CouncilId, MemberId, DepartureReason.Death, new LocalDate(2018, 1, 15))]);
        Assert.Contains("composition.volunteers-only",
            WarningCodes(CouncilDecider.Join(volunteersOnly, aVolunteer with { MemberId = Id(40) }, Today)));
    }

    [Fact]
    public void A_status_change_dated_before_the_councils_last_one_is_refused()
    {
        var active = GivenCouncil([Created(), .. Residents(15), Order(), new CouncilStatusChanged(CouncilId, CouncilStatus.Active, "Installation", new LocalDate(2017, 6, 1))]);

        ThenRejected("council.status-out-of-order",
            () => CouncilDecider.ChangeStatus(active, new ChangeStatus(CouncilStatus.Inactive, "Sommeil", new LocalDate(2017, 4, 1)), Today));
        Assert.IsType<CouncilStatusChanged>(Assert.Single(
            CouncilDecider.ChangeStatus(active, new ChangeStatus(CouncilStatus.Inactive, "Sommeil", new LocalDate(2017, 6, 1)), Today)));
    }

    [Fact]
    public void A_forming_council_goes_active_before_anything_else_and_a_dissolved_one_is_closed()
    {
        var forming = GivenCouncil(Created());
        var dissolved = GivenCouncil(Created(), new CouncilStatusChanged(CouncilId, CouncilStatus.Dissolved, "Fin", new LocalDate(2018, 1, 1)));

        ThenRejected("council.illegal-status-change",
            () => CouncilDecider.ChangeStatus(forming, new ChangeStatus(CouncilStatus.Inactive, "", Today), Today));
        ThenRejected("council.dissolved",
            () => CouncilDecider.ChangeStatus(dissolved, new ChangeStatus(CouncilStatus.Active, "", Today), Today));
        ThenRejected("council.dissolved", () => CouncilDecider.Join(dissolved, Resident(), Today));
    }

    [Fact]
    public void A_drawn_member_holds_an_accepted_seat_of_this_councils_drawing_until_2024()
    {
        var council = GivenCouncil(Created());
        var drawn = Resident() with { Origin = MemberOrigin.Drawn };

        ThenRejected("member.not-drawn", () => CouncilDecider.Join(council, drawn, Today));
        ThenRejected("member.not-drawn", () => CouncilDecider.Join(council, drawn with { Seat = new DrawnSeat(Id(7), Id(8), Gender.Female, drawn.JoinedOn) }, Today));
        ThenRejected("member.not-drawn", () => CouncilDecider.Join(council, drawn with { Seat = new DrawnSeat(Id(7), CouncilId, Gender.Female, null) }, Today));
        Assert.Single(CouncilDecider.Join(council, drawn with { Seat = new DrawnSeat(Id(7), CouncilId, Gender.Female, drawn.JoinedOn) }, Today));
        Assert.Equal(["member.not-drawn"], WarningCodes(CouncilDecider.Join(council, drawn with { JoinedOn = Law.Decrees2024 }, Later)));
    }

    [Fact]
    public void A_local_actor_linked_to_an_institution_is_reported() =>
        Assert.Equal(["member.institution-link"],
            WarningCodes(CouncilDecider.Join(GivenCouncil(Created()), LocalActor() with { InstitutionLink = true }, Today)));

    [Fact]
    public void City_contract_parameters_are_recorded_once()
    {
        var council = GivenCouncil(Created());
        var set = new SetCityContractParameters(24, 4, new LocalDate(2017, 5, 1));

        ThenEvents(CouncilDecider.SetCityContractParameters(council, set, Today), new CityContractParametersSet(CouncilId, 24, 4, new LocalDate(2017, 5, 1)));
        ThenEvents(CouncilDecider.SetCityContractParameters(GivenCouncil(Created(), new CityContractParametersSet(CouncilId, 24, 4, set.On)), set, Today));
    }
}
