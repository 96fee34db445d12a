using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Initiatives;
using ConseilsCitoyens.Domain.Interpellations;
using ConseilsCitoyens.Domain.Meetings;
using ConseilsCitoyens.Domain.Proposals;
using ConseilsCitoyens.Domain.SteeringSessions;
using NodaTime;
using static ConseilsCitoyens.Domain.Tests.Councils.CouncilFixtures;

namespace ConseilsCitoyens.Domain.Tests.Indicators;

internal static class IndicatorFixtures
{
    public static readonly ReportPeriod Year2018 = new(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31));

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static MemberJoined Member(int n, College college = College.Residents, Gender gender = Gender.Female,
        MemberOrigin origin = MemberOrigin.Drawn, LocalDate? on = null) =>
        new(CouncilId, Id(n), college, gender, college == College.Residents ? "QP999001" : null,
            college == College.Residents ? null : "Association", on ?? D(2017, 4, 3), origin);

    public static MemberLeft Left(int n, LocalDate on) => new(CouncilId, Id(n), DepartureReason.Resignation, on);

    public static Meeting HeldMeeting(int n, LocalDate heldOn, Actor? convenedBy = null, Actor? chairedBy = null,
        (int Member, Presence Presence)[]? register = null, params Actor[] agendaProposers)
    {
        var events = new List<object>
        {
            new MeetingPlanned(Id(100 + n), CouncilId, MeetingKind.Plenary, heldOn, convenedBy ?? Actor.Member(Id(1))),
        };
        events.AddRange(agendaProposers.Select((by, i) => new AgendaItemAdded(Id(100 + n), CouncilId, i + 1, $"Point {i + 1}", by, heldOn)));
        events.Add(new MeetingHeld(Id(100 + n), CouncilId, heldOn, chairedBy ?? Actor.Member(Id(1))));
        if (register is not null)
            events.Add(new AttendanceRecorded(Id(100 + n), CouncilId, heldOn,
                register.Select(e => new AttendanceEntry(Id(e.Member), e.Presence)).ToArray()));
        return events.Aggregate((Meeting?)null, Meeting.Evolve)!;
    }

    public static Meeting PlannedMeeting(int n, LocalDate plannedFor) =>
        Meeting.Evolve(null, new MeetingPlanned(Id(100 + n), CouncilId, MeetingKind.Plenary, plannedFor, Actor.Facilitator));

    public static Proposal FiledProposal(int n, LocalDate filedOn, LocalDate? answeredOn = null)
    {
        var proposal = Proposal.Evolve(null, new ProposalFiled(Id(200 + n), CouncilId, ProposalKind.Proposal, "Sujet", "Position",
            true, [], "Mairie", filedOn));
        return answeredOn is { } on
            ? Proposal.Evolve(proposal, new ProposalAnswered(Id(200 + n), CouncilId, ProposalOutcome.Accepted, "Réponse", "Mairie", on))
            : proposal;
    }

    public static SteeringSession Session(int n, LocalDate heldOn, bool represented) =>
        SteeringSession.Evolve(null, new SteeringSessionRecorded(Id(300 + n), CouncilId, SteeringBody.SteeringCommittee, null, heldOn,
            true, represented ? [Id(1)] : [], false, false));

    public static Interpellation InterpellationAt(int n, params (InterpellationStage Stage, LocalDate On)[] history) =>
        new(Id(400 + n), CouncilId, "Sujet", "Difficultés", [.. history.Select(h => new StageReached(h.Stage, h.On))], [], Actions: []);

    public static Initiative InitiativeWith(int n, LocalDate launchedOn, params (long? AmountCents, LocalDate On)[] supports) =>
        new(Id(500 + n), CouncilId, "Initiative", "Description", launchedOn, InitiativeStatus.Launched,
            [.. supports.Select((s, i) => new InitiativeSupport(Id(600 + 10 * n + i), s.AmountCents is null ? SupportKind.Logistical : SupportKind.Financial,
                "Ville de Paris", s.AmountCents, s.AmountCents is null ? null : "Fonds", s.On))], null);

    public static ComplianceWarningRecorded Warning(int rule, LocalDate on) => Compliance.Warn(CouncilId, rule, "code", "message", on);

    public static ReportFacts Facts(Council? council = null, IEnumerable<Meeting>? meetings = null) =>
        ReportFacts.None with { Councils = council is null ? [] : [council], Meetings = meetings?.ToArray() ?? [] };

    public static ImmutableArray<T> Of<T>(params T[] items) => [.. items];
}
