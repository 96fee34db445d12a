namespace ConseilsCitoyens.Domain.Conventions;

/// <summary>
/// The indicators of DOMAIN.md §5 by stable id; the convention may set yearly targets for any of
/// them. Their written definitions (Indicators/IndicatorDefinitions) attach to these ids: every id
/// is declared here and nowhere else.
/// </summary>
public static class IndicatorIds
{
    public const string MeetingsPerCouncil = "meetings-per-council";
    public const string AttendanceRate = "attendance-rate";
    public const string SteeringSessionsWithRepresentative = "steering-sessions-with-representative";
    public const string ResidentsReached = "residents-reached";
    public const string Immersions = "immersions";
    public const string RoadmapActionsDone = "roadmap-actions-done";
    public const string TrainingHours = "training-hours";
    public const string DiagnosticsPublished = "diagnostics-published";
    public const string CoverageDays = "coverage-days";
    public const string VacancyDays = "vacancy-days";

    public const string Members = "members";
    public const string MembersResidents = "members-residents";
    public const string MembersLocalActors = "members-local-actors";
    public const string ResidentsShare = "residents-share";
    public const string ParityResidents = "parity-residents";
    public const string DrawnShare = "drawn-share";
    public const string YouthShare = "youth-share";
    public const string MembersJoined = "members-joined";
    public const string Turnover = "turnover";
    public const string Replacements = "replacements";
    public const string DrawingsHeld = "drawings-held";
    public const string DrawingAcceptanceRate = "drawing-acceptance-rate";
    public const string MeetingsHeld = "meetings-held";
    public const string MeetingsOnNonWorkingDays = "meetings-on-non-working-days";
    public const string MeetingsConvenedByMembersShare = "meetings-convened-by-members-share";
    public const string MeetingsChairedByMembersShare = "meetings-chaired-by-members-share";
    public const string AgendaItemsByMembersShare = "agenda-items-by-members-share";
    public const string SteeringSessions = "steering-sessions";
    public const string SteeringInvitations = "steering-invitations";
    public const string SteeringPresences = "steering-presences";
    public const string SteeringInterventions = "steering-interventions";
    public const string ProposalsFiled = "proposals-filed";
    public const string ProposalsAnswered = "proposals-answered";
    public const string AnswerDelayDaysMedian = "answer-delay-days-median";
    public const string InterpellationsByStage = "interpellations-by-stage";
    public const string InitiativesLaunched = "initiatives-launched";
    public const string InitiativesSupported = "initiatives-supported";
    public const string FundsObtainedCents = "funds-obtained-cents";
    public const string ComplianceWarnings = "compliance-warnings";

    public static readonly IReadOnlyList<string> All =
    [
        MeetingsPerCouncil,
        AttendanceRate,
        SteeringSessionsWithRepresentative,
        ResidentsReached,
        Immersions,
        RoadmapActionsDone,
        TrainingHours,
        DiagnosticsPublished,
        CoverageDays,
        VacancyDays,
        Members,
        MembersResidents,
        MembersLocalActors,
        ResidentsShare,
        ParityResidents,
        DrawnShare,
        YouthShare,
        MembersJoined,
        Turnover,
        Replacements,
        DrawingsHeld,
        DrawingAcceptanceRate,
        MeetingsHeld,
        MeetingsOnNonWorkingDays,
        MeetingsConvenedByMembersShare,
        MeetingsChairedByMembersShare,
        AgendaItemsByMembersShare,
        SteeringSessions,
        SteeringInvitations,
        SteeringPresences,
        SteeringInterventions,
        ProposalsFiled,
        ProposalsAnswered,
        AnswerDelayDaysMedian,
        InterpellationsByStage,
        InitiativesLaunched,
        InitiativesSupported,
        FundsObtainedCents,
        ComplianceWarnings,
    ];

    public static bool IsKnown(string id) => All.Contains(id, StringComparer.Ordinal);
}
