using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Initiatives;
using ConseilsCitoyens.Domain.Meetings;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Oracle;

/// <summary>
/// What a user asks for in a generated history, by small indexes (council 0 to 2, member slot 0 to 9…)
/// so that any sub-list is still a history: the simulation turns each step into the domain's command
/// and keeps it when the deciders accept it. Printed as-is in a counterexample.
/// </summary>
public abstract record Step(LocalDate On);

/// <param name="QuartierMask">Which quartiers of the 2015 map, bit by bit.</param>
public sealed record CreateCouncilStep(int Council, int QuartierMask, LocalDate On) : Step(On);

/// <summary>The 2024 map change: from that day the council covers these quartiers of the 2024 map.</summary>
public sealed record RemapStep(int Council, int QuartierMask, LocalDate On) : Step(On);

/// <param name="Replaces">For a substitute: the slot of the member they replace.</param>
/// <param name="BirthYear">Personal, never in the log: the API records the age group on joining from it.</param>
public sealed record JoinStep(int Council, int Slot, College College, Gender Gender, MemberOrigin Origin, int? Replaces, bool InstitutionLink,
    int Quartier, LocalDate On, int? BirthYear = null) : Step(On);

public sealed record LeaveStep(int Council, int Slot, DepartureReason Reason, LocalDate On) : Step(On);

/// <summary>A prefectoral order recognising the members sitting that day (a council functions once recognised).</summary>
public sealed record RecogniseStep(int Council, LocalDate On) : Step(On);

public sealed record StatusStep(int Council, CouncilStatus Status, LocalDate On) : Step(On);

public sealed record AdoptRulesStep(int Council, LocalDate On) : Step(On);

/// <param name="By">A member slot, or null for the facilitator.</param>
public sealed record PlanMeetingStep(int Council, int Meeting, MeetingKind Kind, int? By, LocalDate On) : Step(On);

/// <param name="By">A member slot, null for the facilitator, -1 for a partner.</param>
public sealed record AgendaItemStep(int Council, int Meeting, int Item, int? By, LocalDate On) : Step(On);

public sealed record HoldMeetingStep(int Council, int Meeting, int? Chair, LocalDate On) : Step(On);

public sealed record CancelMeetingStep(int Council, int Meeting, LocalDate On) : Step(On);

/// <summary>A register naming some member slots only (a partial register) or all of them.</summary>
public sealed record AttendanceStep(int Council, int Meeting, (int Slot, Presence Presence)[] Register, LocalDate On) : Step(On);

public sealed record SteeringStep(int Council, int Session, bool Invited, int[] Representatives, bool Spoke, LocalDate On) : Step(On);

/// <summary>A session of a body shared by several councils, recorded once with each council's participation.</summary>
public sealed record SharedSessionStep(int Session, (int Council, bool Invited, int[] Representatives, bool Spoke)[] Participations, LocalDate On) : Step(On);

/// <param name="Shared">The session is a shared one (<see cref="SharedSessionStep"/>), else the council's own.</param>
public sealed record CorrectSteeringStep(int Council, int Session, bool Shared, bool Invited, int[] Representatives, bool Spoke, LocalDate On) : Step(On);

public sealed record FileProposalStep(int Council, int Proposal, LocalDate On) : Step(On);

public sealed record AnswerProposalStep(int Council, int Proposal, LocalDate On) : Step(On);

public sealed record WithdrawProposalStep(int Council, int Proposal, LocalDate On) : Step(On);

public sealed record ReferStep(int Council, int Interpellation, LocalDate On) : Step(On);

/// <param name="Stage">1 transmitted, 2 escalated, 3 debated, 4 closed.</param>
public sealed record AdvanceInterpellationStep(int Council, int Interpellation, int Stage, LocalDate On) : Step(On);

public sealed record LaunchInitiativeStep(int Council, int Initiative, LocalDate On) : Step(On);

public sealed record SupportInitiativeStep(int Council, int Initiative, int Support, SupportKind Kind, long? AmountCents, LocalDate On) : Step(On);

public sealed record MobiliseStep(int Entry, int Council, int Reached, LocalDate On) : Step(On);

public sealed record CancelMobilisationStep(int Entry, LocalDate On) : Step(On);

public sealed record OpenRoadmapStep(int Council, LocalDate On) : Step(On);

public sealed record ProposeActionStep(int Council, int Action, LocalDate On) : Step(On);

/// <param name="Move">0 started, 1 done, 2 dropped.</param>
public sealed record MoveActionStep(int Council, int Action, int Move, LocalDate On) : Step(On);

public sealed record TrainingStep(decimal Hours, LocalDate On) : Step(On);

public sealed record AssignStep(int Council, int Facilitator, LocalDate On) : Step(On);

public sealed record EndAssignmentStep(int Council, int Facilitator, LocalDate On) : Step(On);

public sealed record LeaveProgrammeStep(int Facilitator, LocalDate On) : Step(On);

/// <summary>A drawing by lot of four women and four men (candidates 0–3 and 4–7), some seats of each.</summary>
public sealed record HoldDrawingStep(int Council, int Drawing, int Female, int Male, LocalDate On) : Step(On);

public sealed record AnswerDrawingStep(int Council, int Drawing, int Candidate, bool Accepted, LocalDate On) : Step(On);

/// <param name="Quartier">An index into World.Quartiers.</param>
public sealed record PublishDiagnosticStep(int Quartier, int Finding, LocalDate On) : Step(On);

public sealed record ImmersionStep(int Immersion, LocalDate On) : Step(On);
