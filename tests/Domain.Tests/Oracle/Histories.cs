using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Initiatives;
using ConseilsCitoyens.Domain.Meetings;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Oracle;

/// <summary>A period a report is asked for: its bounds and, sometimes, an earlier asOf.</summary>
public sealed record Probe(LocalDate From, LocalDate To, LocalDate? AsOf)
{
    public override string ToString() => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}{(AsOf is { } a ? $" asOf {a:yyyy-MM-dd}" : "")}";
}

/// <summary>A generated history: steps in the order they are recorded, and the periods its reports are read over.</summary>
/// <remarks>Printed as the C# that builds it (a counterexample becomes a regular test by pasting it).</remarks>
public sealed record History(IReadOnlyList<Step> Steps, IReadOnlyList<Probe> Probes)
{
    public override string ToString() =>
        "new History(\n[\n    " + string.Join(",\n    ", Steps.Select(AsCode.Of)) + ",\n],\n" + AsCode.Of(Probes) + ")";
}

/// <summary>
/// Random council histories (FsCheck): up to three councils over 2017–2020, half of them moved to
/// the 2024 map in 2024, with joins of every origin, departures of every reason, substitutes,
/// recognition and status changes up to dissolution, meetings planned, held or cancelled with
/// partial or corrected registers, steering sessions (some shared by several councils) and their
/// corrections, proposals, interpellations, initiatives, mobilisations, roadmaps, trainings,
/// assignments and immersions. Steps are mostly recorded in business-date order; some are recorded
/// late, after everything else. Shrinking drops steps, then probes.
/// </summary>
public static class Histories
{
    private static readonly LocalDate First = new(2017, 1, 1);
    private static readonly LocalDate Last = new(2020, 12, 31);
    private const int Core = 6;

    public static Arbitrary<History> Arbitrary { get; } = Arb.From(Generate(), Shrink);

    private static Gen<History> Generate() =>
        from councils in Gen.Choose(1, World.Councils)
        from perCouncil in Gen.CollectToArray(Enumerable.Range(0, councils).Select(CouncilLife))
        from programme in ProgrammeWork(councils)
        from late in Gen.Choose(0, 6)
        from seed in Gen.Choose(0, int.MaxValue)
        from probes in Gen.ArrayOf(Probe(), 4)
        select new History(Recorded(perCouncil.SelectMany(s => s).Concat(programme), late, seed), probes);

    /// <summary>In business order, then a few steps taken out and recorded after all the others.</summary>
    private static IReadOnlyList<Step> Recorded(IEnumerable<Step> steps, int late, int seed)
    {
        var ordered = steps.OrderBy(s => s.On).ToList();
        var random = new System.Random(seed);
        var moved = new List<Step>();
        for (var i = 0; i < late && ordered.Count > 0; i++)
        {
            var at = random.Next(ordered.Count);
            moved.Add(ordered[at]);
            ordered.RemoveAt(at);
        }
        return [.. ordered, .. moved];
    }

    public static IEnumerable<History> Shrink(History history)
    {
        for (var i = 0; i < history.Steps.Count; i++)
            yield return history with { Steps = history.Steps.Where((_, j) => j != i).ToArray() };
        for (var i = 0; i < history.Probes.Count && history.Probes.Count > 1; i++)
            yield return history with { Probes = history.Probes.Where((_, j) => j != i).ToArray() };
    }

    private static Gen<Step[]> CouncilLife(int c) =>
        from created in Date(First, new LocalDate(2017, 9, 30))
        from mask in Gen.Choose(1, 7)
        from joins in Gen.CollectToArray(Enumerable.Range(0, World.Slots).Select(slot => Join(c, slot, created)))
        from leaves in Gen.ArrayOf(Leave(c, created), 3)
        from replacementCount in Gen.Choose(0, 2)
        from replacements in Gen.ArrayOf(Replacement(c, created), replacementCount)
        from status in Status(c, created)
        from meetings in Gen.CollectToArray(Enumerable.Range(0, World.Meetings).Select(m => Meeting(c, m, created)))
        from sessions in Gen.CollectToArray(Enumerable.Range(0, World.Sessions).Select(s => Steering(c, s, created)))
        from proposals in Gen.CollectToArray(Enumerable.Range(0, World.Proposals).Select(p => Proposal(c, p, created)))
        from interpellations in Gen.CollectToArray(Enumerable.Range(0, World.Interpellations).Select(i => Interpellation(c, i, created)))
        from initiatives in Gen.CollectToArray(Enumerable.Range(0, World.Initiatives).Select(i => Initiative(c, i, created)))
        from roadmap in Roadmap(c, created)
        from drawings in Gen.CollectToArray(Enumerable.Range(0, World.Drawings).Select(d => Drawing(c, d, created)))
        from remapped in Gen.Frequency((1, Gen.Constant(false)), (1, Gen.Constant(true)))
        from remapMask in Gen.Choose(1, 3)
        from remapOn in Date(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30))
        select new Step[] { new CreateCouncilStep(c, mask, created) }
            .Concat(remapped ? [new RemapStep(c, remapMask, remapOn)] : [])
            .Concat(joins.SelectMany(s => s)).Concat(leaves).Concat(replacements.SelectMany(r => r)).Concat(status).Concat(meetings.SelectMany(s => s))
            .Concat(sessions.SelectMany(s => s)).Concat(proposals.SelectMany(s => s)).Concat(interpellations.SelectMany(s => s))
            .Concat(initiatives.SelectMany(s => s)).Concat(roadmap).Concat(drawings.SelectMany(d => d)).ToArray();

    /// <summary>The first slots join soon after the creation (the core group that convenes, chairs and represents); the others may join later, or never.</summary>
    private static Gen<Step[]> Join(int c, int slot, LocalDate created) =>
        from joins in slot < Core ? Gen.Constant(true) : Gen.Elements(true, false)
        from resident in Gen.Frequency((7, Gen.Constant(true)), (3, Gen.Constant(false)))
        from gender in Gen.Elements(Gender.Female, Gender.Male)
        from origin in resident
            ? Gen.Frequency((5, Gen.Constant(MemberOrigin.Drawn)), (2, Gen.Constant(MemberOrigin.Substitute)), (3, Gen.Constant(MemberOrigin.Volunteer)))
            : Gen.Elements(MemberOrigin.Volunteer, MemberOrigin.Designated)
        from replaces in Gen.Choose(0, World.Slots - 1)
        from link in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        from quartier in Gen.Choose(0, 2)
        from born in Gen.Frequency((1, Gen.Constant((int?)null)), (3, Gen.Choose(1940, 2003).Select(y => (int?)y)))
        from day in Date(created, slot < Core ? created.PlusDays(120) : Last)
        select joins
            ? new Step[] { new JoinStep(c, slot, resident ? College.Residents : College.LocalActors, gender, origin,
                origin == MemberOrigin.Substitute ? replaces : null, !resident && link, quartier, day, born) }
            : [];

    private static Gen<Step> Leave(int c, LocalDate created) =>
        from slot in Gen.Choose(0, World.Slots - 1)
        from reason in Gen.Elements(Enum.GetValues<DepartureReason>())
        from day in Date(created, Last)
        select (Step)new LeaveStep(c, slot, reason, day);

    /// <summary>A member of the core group leaves; a substitute of the drawing takes their seat from then on.</summary>
    private static Gen<Step[]> Replacement(int c, LocalDate created) =>
        from leaving in Gen.Choose(0, Core - 1)
        from substitute in Gen.Choose(Core, World.Slots - 1)
        from reason in Gen.Elements(DepartureReason.Resignation, DepartureReason.MovedOutOfQuartier, DepartureReason.Death)
        from gender in Gen.Elements(Gender.Female, Gender.Male)
        from left in Date(created.PlusDays(120), Last)
        from after in Gen.Choose(0, 60)
        select new Step[]
        {
            new LeaveStep(c, leaving, reason, left),
            new JoinStep(c, substitute, College.Residents, gender, MemberOrigin.Substitute, leaving, false, 0, left.PlusDays(after)),
        };

    private static Gen<Step[]> Status(int c, LocalDate created) =>
        from recognised in Date(created, new LocalDate(2018, 6, 30))
        from active in Gen.Choose(0, 60)
        from rules in Gen.Frequency((1, Gen.Constant(false)), (2, Gen.Constant(true)))
        from later in Gen.Elements(CouncilStatus.Inactive, CouncilStatus.InRenewal, CouncilStatus.Active, CouncilStatus.Dissolved)
        from laterOn in Date(recognised, Last)
        from dissolved in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from dissolvedOn in Date(recognised, Last)
        select new Step[]
            {
                new RecogniseStep(c, recognised), new StatusStep(c, CouncilStatus.Active, recognised.PlusDays(active)),
                new StatusStep(c, later, laterOn),
            }
            .Concat(rules ? [new AdoptRulesStep(c, recognised)] : [])
            .Concat(dissolved ? [new StatusStep(c, CouncilStatus.Dissolved, dissolvedOn)] : [])
            .ToArray();

    private static Gen<Step[]> Meeting(int c, int m, LocalDate created) =>
        from planned in Date(created, Last)
        from kind in Gen.Elements(Enum.GetValues<MeetingKind>())
        from convener in Actor(allowPartner: false)
        from itemCount in Gen.Choose(0, World.Items)
        from items in Gen.ArrayOf(Actor(allowPartner: true), itemCount)
        from fate in Gen.Frequency((7, Gen.Constant(0)), (1, Gen.Constant(1)), (2, Gen.Constant(2)))
        from delay in Gen.Choose(0, 3)
        from chair in Actor(allowPartner: false)
        from registers in Gen.Frequency((2, Gen.Constant(0)), (5, Gen.Constant(1)), (3, Gen.Constant(2)))
        from register in Register()
        from correction in Register()
        select new Step[] { new PlanMeetingStep(c, m, kind, convener, planned) }
            .Concat(items.Select((proposer, i) => (Step)new AgendaItemStep(c, m, i, proposer, planned)))
            .Concat(fate switch
            {
                0 => new Step[] { new HoldMeetingStep(c, m, chair, planned.PlusDays(delay)) }
                    .Concat(registers >= 1 ? [new AttendanceStep(c, m, register, planned.PlusDays(delay))] : [])
                    .Concat(registers >= 2 ? [new AttendanceStep(c, m, correction, planned.PlusDays(delay + 1))] : []),
                1 => [new CancelMeetingStep(c, m, planned.PlusDays(-delay))],
                _ => [],
            })
            .ToArray();

    /// <summary>A member slot (who may not sit that day), the facilitator (null) or a partner (-1).</summary>
    private static Gen<int?> Actor(bool allowPartner) =>
        Gen.Frequency(new (int, Gen<int?>)[]
            {
                (5, Gen.Frequency((4, Gen.Choose(0, Core - 1)), (1, Gen.Choose(0, World.Slots - 1))).Select(s => (int?)s)),
                (4, Gen.Constant((int?)null)),
            }
            .Concat(allowPartner ? [(1, Gen.Constant((int?)-1))] : []));

    private static Gen<(int, Presence)[]> Register() =>
        from wide in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from slots in Gen.SubListOf(Enumerable.Range(0, wide ? World.Slots : Core).ToArray())
        from presences in Gen.ArrayOf(Gen.Frequency((6, Gen.Constant(Presence.Present)), (2, Gen.Constant(Presence.Excused)), (2, Gen.Constant(Presence.Absent))), World.Slots)
        select slots.Select(s => (s, presences[s])).ToArray();

    private static Gen<Step[]> Steering(int c, int s, LocalDate created) =>
        from held in Date(created, Last)
        from invited in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from representatives in Gen.SubListOf(Enumerable.Range(0, Core).ToArray())
        from spoke in Gen.Elements(true, false)
        from corrected in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from newInvited in Gen.Elements(true, false)
        from newRepresentatives in Gen.SubListOf(Enumerable.Range(0, Core).ToArray())
        from correctedAfter in Gen.Choose(0, 200)
        select new Step[] { new SteeringStep(c, s, invited, [.. representatives.Take(2)], spoke && representatives.Count > 0, held) }
            .Concat(corrected
                ? [new CorrectSteeringStep(c, s, false, newInvited, [.. newRepresentatives.Take(2)], false, held.PlusDays(correctedAfter))]
                : [])
            .ToArray();

    /// <summary>A session of a body several councils sit in (an urban-renewal committee), recorded once; one participation maybe corrected.</summary>
    private static Gen<Step[]> SharedSession(int s, int councils) =>
        from concerned in Gen.SubListOf(Enumerable.Range(0, councils).ToArray())
        from held in Date(new LocalDate(2017, 10, 1), Last)
        from participations in Gen.CollectToArray(concerned.Select(c =>
            from invited in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
            from representatives in Gen.SubListOf(Enumerable.Range(0, Core).ToArray())
            from spoke in Gen.Elements(true, false)
            select (c, invited, representatives.Take(2).ToArray(), spoke && representatives.Count > 0)))
        from corrected in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from newRepresentatives in Gen.SubListOf(Enumerable.Range(0, Core).ToArray())
        from correctedAfter in Gen.Choose(0, 200)
        select concerned.Count == 0 ? []
            : new Step[] { new SharedSessionStep(s, participations, held) }
                .Concat(corrected
                    ? [new CorrectSteeringStep(concerned[0], s, true, true, [.. newRepresentatives.Take(2)], false, held.PlusDays(correctedAfter))]
                    : [])
                .ToArray();

    private static Gen<Step[]> Proposal(int c, int p, LocalDate created) =>
        from filed in Date(created, Last)
        from fate in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Constant(1)), (3, Gen.Constant(2)))
        from after in Gen.Choose(0, 150)
        select new Step[] { new FileProposalStep(c, p, filed) }
            .Concat(fate switch
            {
                0 => [new AnswerProposalStep(c, p, filed.PlusDays(after))],
                1 => [new WithdrawProposalStep(c, p, filed.PlusDays(after))],
                _ => [],
            })
            .ToArray();

    private static Gen<Step[]> Interpellation(int c, int i, LocalDate created) =>
        from referred in Date(created, Last)
        from stages in Gen.Choose(0, 4)
        from gaps in Gen.ArrayOf(Gen.Choose(0, 90), 4)
        select new Step[] { new ReferStep(c, i, referred) }
            .Concat(Enumerable.Range(1, stages).Select(stage =>
                (Step)new AdvanceInterpellationStep(c, i, stage, referred.PlusDays(gaps.Take(stage).Sum()))))
            .ToArray();

    private static Gen<Step[]> Initiative(int c, int i, LocalDate created) =>
        from launched in Date(created, Last)
        from supports in Gen.Choose(0, World.Supports)
        from kinds in Gen.ArrayOf(Gen.Elements(Enum.GetValues<SupportKind>()), World.Supports)
        from amounts in Gen.ArrayOf(Gen.Choose(1, 5000), World.Supports)
        from after in Gen.ArrayOf(Gen.Choose(0, 300), World.Supports)
        select new Step[] { new LaunchInitiativeStep(c, i, launched) }
            .Concat(Enumerable.Range(0, supports).Select(s => (Step)new SupportInitiativeStep(c, i, s, kinds[s],
                kinds[s] == SupportKind.Financial ? amounts[s] * 100L : null, launched.PlusDays(after[s]))))
            .ToArray();

    private static Gen<Step[]> Roadmap(int c, LocalDate created) =>
        from opened in Date(created, Last)
        from actions in Gen.Choose(0, World.Actions - 1)
        from moves in Gen.ArrayOf(Gen.Choose(-1, 2), World.Actions)
        from after in Gen.ArrayOf(Gen.Choose(0, 200), World.Actions)
        select new Step[] { new OpenRoadmapStep(c, opened) }
            .Concat(Enumerable.Range(1, actions).Select(a => (Step)new ProposeActionStep(c, a, opened.PlusDays(a))))
            .Concat(Enumerable.Range(0, actions + 1).Where(a => moves[a] >= 0).SelectMany(a => moves[a] == 1
                ? new Step[] { new MoveActionStep(c, a, 0, opened.PlusDays(a + after[a] / 2)), new MoveActionStep(c, a, 1, opened.PlusDays(a + after[a])) }
                : [new MoveActionStep(c, a, moves[a], opened.PlusDays(a + after[a]))]))
            .ToArray();

    private static Gen<Step[]> ProgrammeWork(int councils) =>
        from trainings in Gen.ArrayOf(Gen.Choose(1, 16).SelectMany(h => Date(First, Last).Select(day => (Step)new TrainingStep(h / 2m, day))), 3)
        from immersions in Gen.CollectToArray(Enumerable.Range(0, World.Immersions).Select(i => Date(First, Last).Select(day => (Step)new ImmersionStep(i, day))))
        from mobilisations in Gen.CollectToArray(Enumerable.Range(0, World.Entries).Select(e => Mobilisation(e, councils)))
        from assignments in Gen.CollectToArray(Enumerable.Range(0, councils).SelectMany(c => Enumerable.Range(0, World.Facilitators).Select(f => Assignment(c, f))))
        from leaves in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from leftOn in Date(First, Last)
        from diagnostics in Gen.ArrayOf(Diagnostic(), 4)
        from shared in Gen.CollectToArray(Enumerable.Range(0, World.SharedSessions).Select(s => SharedSession(s, councils)))
        select trainings.Concat(immersions).Concat(mobilisations.SelectMany(m => m)).Concat(assignments.SelectMany(a => a))
            .Concat(shared.SelectMany(s => s)).Concat(diagnostics)
            .Concat(leaves ? [new LeaveProgrammeStep(1, leftOn)] : [])
            .ToArray();

    private static Gen<Step[]> Mobilisation(int entry, int councils) =>
        from council in Gen.Choose(0, councils - 1)
        from day in Date(First, Last)
        from reached in Gen.Choose(0, 40)
        from cancelled in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from after in Gen.Choose(0, 120)
        select new Step[] { new MobiliseStep(entry, council, reached, day) }
            .Concat(cancelled ? [new CancelMobilisationStep(entry, day.PlusDays(after))] : [])
            .ToArray();

    private static Gen<Step[]> Assignment(int c, int f) =>
        from assigned in Gen.Frequency((1, Gen.Constant(false)), (3, Gen.Constant(true)))
        from start in Date(First, Last)
        from ends in Gen.Elements(true, false)
        from after in Gen.Choose(1, 400)
        select !assigned ? []
            : new Step[] { new AssignStep(c, f, start) }.Concat(ends ? [new EndAssignmentStep(c, f, start.PlusDays(after))] : []).ToArray();

    /// <summary>A drawing of four women and four men, as many seats for each (parity), some of whom answer, accepting or refusing (a refusal calls the next).</summary>
    private static Gen<Step[]> Drawing(int c, int d, LocalDate created) =>
        from held in Date(created, Last)
        from seats in Gen.Choose(1, 3)
        from answers in Gen.SubListOf(Enumerable.Range(0, World.Candidates).ToArray())
        from accepted in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false))), World.Candidates)
        from after in Gen.ArrayOf(Gen.Choose(0, 60), World.Candidates)
        select new Step[] { new HoldDrawingStep(c, d, seats, seats, held) }
            .Concat(answers.Select(i => (Step)new AnswerDrawingStep(c, d, i, accepted[i], held.PlusDays(after[i]))))
            .ToArray();

    private static Gen<Step> Diagnostic() =>
        from quartier in Gen.Choose(0, World.Quartiers.Length - 1)
        from finding in Gen.Choose(0, 3)
        from published in Date(First, Last)
        select (Step)new PublishDiagnosticStep(quartier, finding, published);

    private static Gen<Probe> Probe() =>
        from start in Date(new LocalDate(2016, 6, 1), Last)
        from length in Gen.Elements(0, 30, 90, 364, 365, 700, 1500)
        from cut in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from asOf in Gen.Choose(0, 700)
        select new Probe(start, start.PlusDays(length), cut ? start.PlusDays(Math.Min(asOf, length)) : null);

    private static Gen<LocalDate> Date(LocalDate from, LocalDate to) =>
        Gen.Choose(0, Math.Max(0, Period.Between(from, to, PeriodUnits.Days).Days)).Select(from.PlusDays);
}
