namespace ConseilsCitoyens.Domain.Conventions;

/// <summary>
/// The indicators the convention sets yearly targets for (DOMAIN.md §5), by stable id. Their
/// written definitions attach to these ids: every id is declared here and nowhere else.
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

    public static readonly IReadOnlyList<string> All =
    [
        MeetingsPerCouncil,
        AttendanceRate,
        SteeringSessionsWithRepresentative,
        ResidentsReached,
        Immersions,
        RoadmapActionsDone,
        TrainingHours,
    ];

    public static bool IsKnown(string id) => All.Contains(id, StringComparer.Ordinal);
}
