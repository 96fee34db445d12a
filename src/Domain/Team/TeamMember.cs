using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Calendar;
using NodaTime;

namespace ConseilsCitoyens.Domain.Team;

public sealed record Training(string Topic, decimal Hours, LocalDate On);

/// <param name="Until">Exclusive end: the first day the council is no longer covered; null while open.</param>
public sealed record Assignment(Guid CouncilId, LocalDate From, LocalDate? Until)
{
    public bool Covers(LocalDate date) => From <= date && (Until is not { } until || date < until);

    public bool Overlaps(LocalDate from, LocalDate? until) =>
        (Until is not { } end || from < end) && (until is not { } otherEnd || From < otherEnd);
}

/// <summary>One member of the programme's team, folded from their stream. <see cref="Version"/> is the stream version.</summary>
public sealed record TeamMember(
    Guid Id,
    TeamRole Role,
    ContractKind Contract,
    LocalDate StartsOn,
    LocalDate? ContractEndsOn,
    long Version = 0)
{
    public ImmutableArray<Training> Trainings { get; init; } = [];
    public decimal TrainingHours { get; init; }
    public ImmutableArray<Assignment> Assignments { get; init; } = [];
    public LocalDate? LeftOn { get; init; }
    public ImmutableArray<NonWorkingDayWarningRecorded> Warnings { get; init; } = [];

    public bool HasLeftBy(LocalDate date) => LeftOn is { } left && left <= date;

    /// <summary>Did this team member cover that council on that date? Other aggregates ask before accepting their activity.</summary>
    public bool IsAssignedTo(Guid councilId, LocalDate date) => Assignments.Any(a => a.CouncilId == councilId && a.Covers(date));

    public IEnumerable<Assignment> AssignmentsOn(LocalDate date) => Assignments.Where(a => a.Covers(date));

    public static TeamMember Evolve(TeamMember? state, object @event) => (state, @event) switch
    {
        (null, TeamMemberRecruited e) => new TeamMember(e.FacilitatorId, e.Role, e.Contract, e.StartsOn, e.ContractEndsOn),
        (not null, TrainingCompleted e) => state with
        {
            Trainings = state.Trainings.Add(new Training(e.Topic, e.Hours, e.On)),
            TrainingHours = state.TrainingHours + e.Hours,
        },
        (not null, TeamMemberAssigned e) => state with { Assignments = state.Assignments.Add(new Assignment(e.CouncilId, e.From, e.Until)) },
        (not null, TeamMemberUnassigned e) => state with
        {
            Assignments = state.Assignments.Select(a => a.CouncilId == e.CouncilId && a.Covers(e.On)
                ? a with { Until = e.On }
                : a).ToImmutableArray(),
        },
        (not null, TeamMemberLeft e) => state with { LeftOn = e.On },
        (not null, NonWorkingDayWarningRecorded e) => state with { Warnings = state.Warnings.Add(e) },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing team member" : "team member " + state.Id)}"),
    };
}
