using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Drawings;
using ConseilsCitoyens.Domain.Immersions;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Initiatives;
using ConseilsCitoyens.Domain.Interpellations;
using ConseilsCitoyens.Domain.Meetings;
using ConseilsCitoyens.Domain.Partners;
using ConseilsCitoyens.Domain.Proposals;
using ConseilsCitoyens.Domain.Quartiers;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.SteeringSessions;
using ConseilsCitoyens.Domain.Team;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Oracle.World;

namespace ConseilsCitoyens.Domain.Tests.Oracle;

/// <summary>One event as the log holds it: its stream and its payload, in recording order.</summary>
public sealed record Recorded(Guid Stream, object Data);

/// <summary>
/// Plays a history's steps through the domain's deciders, as the API would, keeping what they
/// accept: the log of events (what the oracle reads) and the states folded from it by each
/// aggregate's Evolve, as the projections fold them (what Report.Compute reads).
/// </summary>
public sealed class Simulation
{
    /// <summary>The programme's calendar: weekends and World's public holidays.</summary>
    public static readonly WorkingCalendar Calendar = new(World.Holidays.Select(d => new PublicHoliday(d, "Jour férié")));
    private int _priorities;
    private readonly List<Recorded> _log = [];
    private readonly States _states = new();
    private readonly List<(Step, string)> _refusals = [];

    public IReadOnlyList<Recorded> Log => _log;

    /// <summary>The steps the deciders refused (a hard rule's code) or that named what did not exist: left out of the history.</summary>
    public IReadOnlyList<(Step Step, string Code)> Refusals => _refusals;

    public int Refused => _refusals.Count;

    public static Simulation Run(IEnumerable<Step> steps)
    {
        var simulation = new Simulation();
        foreach (var f in Enumerable.Range(0, World.Facilitators).Select(Facilitator))
            simulation.Append(f, [TeamMemberDecider.Recruit(new RecruitTeamMember(f, TeamRole.Facilitator, ContractKind.Cdi, TeamSince, null), Today)]);
        simulation.Append(ThePartner, [PartnerDecider.Register(new RegisterPartner(ThePartner, "Partenaire d'essai", PartnerKind.Association, "75118", null, TeamSince), Today)]);
        foreach (var (code, arrondissement, generation) in World.Quartiers)
        {
            var registered = Quartier.Register(new RegisterQuartier(code, $"Quartier {code}", arrondissement, generation));
            simulation.Append(registered.QuartierId, [registered]);
        }
        foreach (var step in steps)
            simulation.Apply(step);
        return simulation;
    }

    public IEnumerable<Quartier> Quartiers => _states.Quartiers.Values;

    /// <summary>The states the views read, for every council (ReportFacts.For narrows them).</summary>
    public ReportFacts Facts() => _states.Facts() with { Calendar = Calendar };

    private void Apply(Step step)
    {
        try
        {
            if (Decide(step) is { } decided)
            {
                Append(decided.Stream, decided.Events);
                if (decided.Events.OfType<CouncilStatusChanged>().FirstOrDefault(e => e.Status == CouncilStatus.Dissolved) is { } dissolved)
                    EndAssignmentsTo(dissolved);
            }
            else
                _refusals.Add((step, "missing-or-existing"));
        }
        catch (RuleViolation violation)
        {
            _refusals.Add((step, violation.Code));
        }
    }

    /// <summary>As the API does in the dissolution's transaction: every team member's assignment to the council ends that day.</summary>
    private void EndAssignmentsTo(CouncilStatusChanged dissolved)
    {
        foreach (var member in _states.Team.Values.ToArray())
            Append(member.Id, TeamMemberDecider.EndAssignmentsToDissolved(member, dissolved.CouncilId, dissolved.On));
    }

    private void Append(Guid stream, IReadOnlyList<object> events)
    {
        foreach (var e in events)
        {
            _log.Add(new Recorded(stream, e));
            _states.Fold(stream, e);
        }
    }

    /// <returns>Null when the step names what does not exist (or exists already): the API would answer 404 or 409.</returns>
    private (Guid Stream, IReadOnlyList<object> Events)? Decide(Step step)
    {
        var s = _states;
        switch (step)
        {
            case CreateCouncilStep c when !s.Councils.ContainsKey(Council(c.Council)):
                var codes = World.QuartierCodes(MapGeneration.Qpv2015, c.QuartierMask);
                return (Council(c.Council), [CouncilDecider.Create(new CreateCouncil(Council(c.Council), $"Conseil {c.Council}", codes, c.On),
                    World.Quartiers.Select(q => q.Code).ToHashSet(), Today)]);
            case RemapStep r when s.Councils.GetValueOrDefault(Council(r.Council)) is { } council:
                return (council.Id, CouncilDecider.RemapQuartiers(council,
                    new RemapQuartiers(World.QuartierCodes(MapGeneration.Qpv2024, r.QuartierMask), MapGeneration.Qpv2024, r.On), s.Quartiers.Values, Today));
            case JoinStep j when s.Councils.GetValueOrDefault(Council(j.Council)) is { } council:
                var residence = j.College == College.Residents ? council.QuartierCodesOn(j.On)[j.Quartier % council.QuartierCodesOn(j.On).Length] : null;
                var drawn = j.Origin is MemberOrigin.Drawn or MemberOrigin.Substitute;
                return (council.Id, CouncilDecider.Join(council, new JoinCouncil(Member(j.Council, j.Slot), j.College, j.Gender, residence,
                    j.College == College.LocalActors ? "Association d'essai" : null, false, j.On, j.Origin,
                    drawn ? Seat(j, council) : null,
                    j.Replaces is { } replaced ? Member(j.Council, replaced) : null, j.InstitutionLink, AgeGroups.AtJoining(j.BirthYear, j.On)), Today));
            case LeaveStep l when s.Councils.GetValueOrDefault(Council(l.Council)) is { } council:
                return (council.Id, CouncilDecider.Leave(council, new LeaveCouncil(Member(l.Council, l.Slot), l.Reason, l.On), Today));
            case RecogniseStep r when s.Councils.GetValueOrDefault(Council(r.Council)) is { } council:
                var sitting = council.Members.Where(m => m.SitsOn(r.On)).Select(m => m.MemberId).ToArray();
                return (council.Id, CouncilDecider.RecordPrefectoralOrder(council,
                    new RecordPrefectoralOrder($"ARR-{r.Council}-{r.On:yyyyMMdd}", r.On, sitting, null), Today));
            case StatusStep st when s.Councils.GetValueOrDefault(Council(st.Council)) is { } council:
                return (council.Id, CouncilDecider.ChangeStatus(council, new ChangeStatus(st.Status, "Décision", st.On), Today));
            case AdoptRulesStep a when s.Councils.GetValueOrDefault(Council(a.Council)) is { } council:
                return (council.Id, CouncilDecider.AdoptInternalRules(council,
                    new AdoptInternalRules("Règlement intérieur", $"{a.On.DayOfYear:x4}".PadLeft(64, 'a'), a.On), Today));

            case PlanMeetingStep p when s.Councils.GetValueOrDefault(Council(p.Council)) is { } council && !s.Meetings.ContainsKey(Meeting(p.Council, p.Meeting)):
                return (Meeting(p.Council, p.Meeting), [MeetingDecider.Plan(council,
                    new PlanMeeting(Meeting(p.Council, p.Meeting), p.Kind, p.On, ActorOf(p.Council, p.By)))]);
            case AgendaItemStep a when s.MeetingOf(a.Council, a.Meeting) is { } meeting:
                return (meeting.Id, MeetingDecider.AddAgendaItem(meeting, s.Councils[meeting.CouncilId],
                    new AddAgendaItem($"Point {a.Item}", ActorOf(a.Council, a.By), a.On), Today));
            case HoldMeetingStep h when s.MeetingOf(h.Council, h.Meeting) is { } meeting:
                return (meeting.Id, MeetingDecider.Hold(meeting, s.Councils[meeting.CouncilId], new HoldMeeting(h.On, ActorOf(h.Council, h.Chair)), Today));
            case CancelMeetingStep c when s.MeetingOf(c.Council, c.Meeting) is { } meeting:
                return (meeting.Id, MeetingDecider.Cancel(meeting, new CancelMeeting("Empêchement", c.On), Today));
            case AttendanceStep a when s.MeetingOf(a.Council, a.Meeting) is { } meeting:
                var register = a.Register.DistinctBy(e => e.Slot).Select(e => new AttendanceEntry(Member(a.Council, e.Slot), e.Presence)).ToArray();
                return (meeting.Id, MeetingDecider.RecordAttendance(meeting, s.Councils[meeting.CouncilId], new RecordAttendance(register)));

            case SteeringStep r when s.Councils.GetValueOrDefault(Council(r.Council)) is { } council && !s.Sessions.ContainsKey(Session(r.Council, r.Session)):
                return (Session(r.Council, r.Session), SteeringSessionDecider.Record(council, new RecordSteeringSession(Session(r.Council, r.Session),
                    SteeringBody.SteeringCommittee, null, r.On, r.Invited, Members(r.Council, r.Representatives), r.Spoke, false), Today));
            case SharedSessionStep h when !s.Sessions.ContainsKey(SharedSession(h.Session))
                                          && h.Participations.All(p => s.Councils.ContainsKey(Council(p.Council))):
                return (SharedSession(h.Session), SteeringSessionDecider.Hold(h.Participations.Select(p => s.Councils[Council(p.Council)]).ToArray(),
                    new HoldSteeringSession(SharedSession(h.Session), SteeringBody.UrbanRenewal, "Comité commun", h.On, h.Participations
                        .Select(p => new TakingPart(Council(p.Council), p.Invited, Members(p.Council, p.Representatives), p.Spoke, false)).ToArray()), Today));
            case CorrectSteeringStep c when s.Sessions.GetValueOrDefault(c.Shared ? SharedSession(c.Session) : Session(c.Council, c.Session)) is { } session
                                            && s.Councils.GetValueOrDefault(Council(c.Council)) is { } council:
                return (session.Id, SteeringSessionDecider.Correct(session, council,
                    new CorrectSteeringParticipation(c.Invited, Members(c.Council, c.Representatives), c.Spoke, false), Today));

            case FileProposalStep f when s.Councils.GetValueOrDefault(Council(f.Council)) is { } council && !s.Proposals.ContainsKey(Proposal(f.Council, f.Proposal)):
                return (Proposal(f.Council, f.Proposal), [ProposalDecider.File(council, new FileProposal(Proposal(f.Council, f.Proposal),
                    ProposalKind.Proposal, "Sujet", "Position", true, [], "Mairie", f.On), Today)]);
            case AnswerProposalStep a when s.Proposals.GetValueOrDefault(Proposal(a.Council, a.Proposal)) is { } proposal:
                return (proposal.Id, ProposalDecider.Answer(proposal, new AnswerProposal(ProposalOutcome.Accepted, "Réponse", "Mairie", a.On), Today));
            case WithdrawProposalStep w when s.Proposals.GetValueOrDefault(Proposal(w.Council, w.Proposal)) is { } proposal:
                return (proposal.Id, ProposalDecider.Withdraw(proposal, new WithdrawProposal("Retrait", w.On), Today));

            case ReferStep r when s.Councils.GetValueOrDefault(Council(r.Council)) is { } council && !s.Interpellations.ContainsKey(Interpellation(r.Council, r.Interpellation)):
                return (Interpellation(r.Council, r.Interpellation), [InterpellationDecider.Refer(council,
                    new ReferInterpellation(Interpellation(r.Council, r.Interpellation), "Sujet", "Difficultés", r.On), Today)]);
            case AdvanceInterpellationStep a when s.Interpellations.GetValueOrDefault(Interpellation(a.Council, a.Interpellation)) is { } i:
                return (i.Id, a.Stage switch
                {
                    1 => InterpellationDecider.Transmit(i, new TransmitInterpellation(["Maire"], a.On), Today),
                    2 => InterpellationDecider.Escalate(i, new EscalateInterpellation("Diagnostic", ["Action"], false, a.On), Today),
                    3 => InterpellationDecider.Debate(i, new DebateInterpellation(a.On), Today),
                    _ => InterpellationDecider.Close(i, new CloseInterpellation("Issue", a.On), Today),
                });

            case LaunchInitiativeStep l when s.Councils.GetValueOrDefault(Council(l.Council)) is { } council && !s.Initiatives.ContainsKey(Initiative(l.Council, l.Initiative)):
                return (Initiative(l.Council, l.Initiative), [InitiativeDecider.Launch(council,
                    new LaunchInitiative(Initiative(l.Council, l.Initiative), "Initiative", "Description", l.On), Today)]);
            case SupportInitiativeStep p when s.Initiatives.GetValueOrDefault(Initiative(p.Council, p.Initiative)) is { } initiative:
                return (initiative.Id, InitiativeDecider.Support(initiative, new SupportInitiative(Support(p.Council, p.Initiative, p.Support), p.Kind,
                    "Ville", p.AmountCents, p.Kind == SupportKind.Financial ? "Fonds" : null, p.On), Today));

            case MobiliseStep m when s.Councils.ContainsKey(Council(m.Council)):
                return (ActivityLog.StreamIdFor(TheFacilitator), ActivityDecider.Record(s.LogOf(TheFacilitator),
                    new RecordMobilisation(TheFacilitator, Entry(m.Entry), m.On, Council(m.Council), "Porte-à-porte", m.Reached, 0), Calendar, Today));
            case CancelMobilisationStep c when s.LogOf(TheFacilitator) is { } log:
                return (log.Id, ActivityDecider.Cancel(log, new CancelActivityEntry(Entry(c.Entry), "Annulée")));

            case OpenRoadmapStep o when s.Councils.GetValueOrDefault(Council(o.Council)) is { } council && s.RoadmapOf(o.Council) is null:
                return (Roadmap.StreamIdFor(TheFacilitator, council.Id), RoadmapDecider.Open(council, TheFacilitator, Action(o.Council, 0, o.On), Today));
            case ProposeActionStep p when s.RoadmapOf(p.Council) is { } roadmap:
                return (roadmap.Id, RoadmapDecider.Propose(roadmap, Action(p.Council, p.Action, p.On), Today));
            case MoveActionStep m when s.RoadmapOf(m.Council) is { } roadmap:
                var action = World.Action(m.Council, m.Action);
                return (roadmap.Id, m.Move switch
                {
                    0 => RoadmapDecider.Start(roadmap, action, new StartRoadmapAction(m.On), Today),
                    1 => RoadmapDecider.Complete(roadmap, action, new CompleteRoadmapAction("Fait", m.On), Today),
                    _ => RoadmapDecider.Drop(roadmap, action, new DropRoadmapAction("Abandon", m.On), Today),
                });

            case TrainingStep t:
                return (TheFacilitator, TeamMemberDecider.Train(s.Team[TheFacilitator], new RecordTraining("Formation", t.Hours, t.On), Calendar, Today));
            case AssignStep a when s.Councils.GetValueOrDefault(Council(a.Council)) is { } council:
                return (Facilitator(a.Facilitator), TeamMemberDecider.Assign(s.Team[Facilitator(a.Facilitator)],
                    new AssignTeamMember(council.Id, a.On, null), council, Calendar, Today));
            case EndAssignmentStep e:
                return (Facilitator(e.Facilitator), TeamMemberDecider.Unassign(s.Team[Facilitator(e.Facilitator)],
                    new UnassignTeamMember(Council(e.Council), e.On), Today));
            case LeaveProgrammeStep l:
                return (Facilitator(l.Facilitator), TeamMemberDecider.Leave(s.Team[Facilitator(l.Facilitator)], new LeaveProgramme(l.On), Today));

            case HoldDrawingStep h when s.Councils.GetValueOrDefault(Council(h.Council)) is { } council && !s.Drawings.ContainsKey(Drawing(h.Council, h.Drawing)):
                return (Drawing(h.Council, h.Drawing), DrawingDecider.Hold(council, new HoldDrawing(Drawing(h.Council, h.Drawing), h.On,
                    [new DrawingList(ListKind.SocialLandlords, "Bailleurs", new string('a', 64), 100), new DrawingList(ListKind.ElectoralRoll, "Électeurs", new string('b', 64), 900)],
                    $"Tirage {h.Council}-{h.Drawing}", Enumerable.Range(0, World.Candidates).Select(i => new Candidate(Candidate(h.Council, h.Drawing, i),
                        i < World.Candidates / 2 ? Gender.Female : Gender.Male, i % 2 == 0 ? "Bailleurs" : "Électeurs")).ToArray(),
                    new DrawingSeats(h.Female, h.Male)), Today));
            case AnswerDrawingStep a when s.Drawings.GetValueOrDefault(Drawing(a.Council, a.Drawing)) is { } drawing:
                return (drawing.Id, DrawingDecider.Answer(drawing, new AnswerDrawing(Candidate(a.Council, a.Drawing, a.Candidate), a.Accepted, a.On), Today));

            case PublishDiagnosticStep p when s.Quartiers.Values.FirstOrDefault(q => q.Code == World.Quartiers[p.Quartier].Code) is { } quartier:
                var diagnostic = s.Diagnostics.GetValueOrDefault(TerritoryDiagnostic.StreamIdFor(quartier.Code));
                return (TerritoryDiagnostic.StreamIdFor(quartier.Code), DiagnosticDecider.Publish(diagnostic, quartier,
                    new PublishDiagnosticVersion(p.On, [$"Constat {p.Finding}"], [new PriorityDraft(null, $"Priorité {p.Finding}", PrioritySource.Residents, null)]),
                    Today, () => DiagnosticPriority(++_priorities)));
            case ImmersionStep i when !s.Immersions.ContainsKey(Immersion(i.Immersion)):
                return (Immersion(i.Immersion), ImmersionDecider.Record(s.Partners[ThePartner],
                    new RecordImmersion(Immersion(i.Immersion), TheFacilitator, i.On, 2m, "Rencontre", null), Today, Calendar));
            default:
                return null;
        }
    }

    private static Actor ActorOf(int council, int? slot) => slot switch
    {
        null => Actor.Facilitator,
        < 0 => Actor.Partner,
        { } s => Actor.Member(Member(council, s)),
    };

    /// <summary>The seat the drawing gave this candidate, as the API looks it up: accepted a week before they join; a substitute's, in the place of the member they replace.</summary>
    private static DrawnSeat Seat(JoinStep join, Council council) =>
        new(Drawing(join.Council), council.Id, join.Gender, join.On.PlusDays(-7),
            join.Origin == MemberOrigin.Substitute && join.Replaces is { } called ? Member(join.Council, called) : null);

    private static Guid[] Members(int council, int[] slots) => slots.Distinct().Select(s => Member(council, s)).ToArray();

    private static ProposeRoadmapAction Action(int council, int action, LocalDate on) =>
        new(World.Action(council, action), $"Action {action}", RoadmapActionKind.Action, World.Priority, on.PlusDays(90), action + 1, on);
}
