using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Domain.Team;

public sealed record RecruitTeamMember(Guid FacilitatorId, TeamRole Role, ContractKind Contract, LocalDate StartsOn, LocalDate? ContractEndsOn);

public sealed record RecordTraining(string Topic, decimal Hours, LocalDate On);

public sealed record AssignTeamMember(Guid CouncilId, LocalDate From, LocalDate? Until);

public sealed record UnassignTeamMember(Guid CouncilId, LocalDate On);

public sealed record LeaveProgramme(LocalDate On);

/// <summary>The rules of the programme's team (DOMAIN.md §1–2): recruitment, training, assignment to councils.</summary>
public static class TeamMemberDecider
{
    public const decimal MaxHoursPerSession = 40;

    public static TeamMemberRecruited Recruit(RecruitTeamMember command, LocalDate today)
    {
        if (command.ContractEndsOn is { } end && end < command.StartsOn)
            throw new RuleViolation("recruitment.contract-ends-before-start",
                $"The contract cannot end ({end:yyyy-MM-dd}) before it starts ({command.StartsOn:yyyy-MM-dd}).");
        ProgrammeCalendar.NotInFuture(command.StartsOn, today, "The start date");
        return new TeamMemberRecruited(command.FacilitatorId, command.Role, command.Contract, command.StartsOn, command.ContractEndsOn);
    }

    public static IReadOnlyList<object> Train(TeamMember state, RecordTraining command, WorkingCalendar calendar, LocalDate today)
    {
        var completed = new TrainingCompleted(state.Id, command.Topic.Trim(), command.Hours, command.On);
        if (state.Trainings.Contains(new Training(completed.Topic, completed.Hours, completed.On)))
            return [];

        if (command.Hours is <= 0 or > MaxHoursPerSession)
            throw new RuleViolation("training.hours-out-of-range",
                $"A training session lasts more than 0 and at most {MaxHoursPerSession} hours, not {command.Hours}.");
        InTeamOn(state, command.On, "training.before-recruitment", "A training session");
        ProgrammeCalendar.NotInFuture(command.On, today, "The training date");

        return [completed, .. NonWorkingDay(calendar, state.Id, command.On)];
    }

    /// <param name="council">The council assigned, loaded by the caller.</param>
    public static IReadOnlyList<object> Assign(TeamMember state, AssignTeamMember command, Council council, WorkingCalendar calendar, LocalDate today)
    {
        if (state.Assignments.Contains(new Assignment(command.CouncilId, command.From, command.Until)))
            return [];

        if (command.Until is { } until && until <= command.From)
            throw new RuleViolation("assignment.ends-before-start",
                $"An assignment ends ({until:yyyy-MM-dd}) after it starts ({command.From:yyyy-MM-dd}).");
        InTeamOn(state, command.From, "assignment.before-recruitment", "An assignment");
        if (state.LeftOn is { } left && (command.Until is not { } end || end > left))
            throw new RuleViolation("team-member.left",
                $"Team member {state.Id} left the programme on {left:yyyy-MM-dd}: no assignment runs beyond that day.");
        if (command.From < council.CreatedOn)
            throw new RuleViolation("assignment.before-council-creation",
                $"The council was created on {council.CreatedOn:yyyy-MM-dd}; nobody is assigned to it before.");
        if (state.Assignments.FirstOrDefault(a => a.CouncilId == command.CouncilId && a.Overlaps(command.From, command.Until)) is { } other)
            throw new RuleViolation("assignment.overlaps",
                $"Team member {state.Id} is already assigned to this council from {other.From:yyyy-MM-dd}"
                + (other.Until is { } u ? $" until {u:yyyy-MM-dd}." : "."));
        ProgrammeCalendar.NotInFuture(command.From, today, "The assignment's start");

        return [new TeamMemberAssigned(state.Id, command.CouncilId, command.From, command.Until), .. NonWorkingDay(calendar, state.Id, command.From)];
    }

    /// <returns>The assignment running on that date ends; none when it already ended that day (a retry).</returns>
    public static IReadOnlyList<object> Unassign(TeamMember state, UnassignTeamMember command, LocalDate today)
    {
        var running = state.Assignments.FirstOrDefault(a => a.CouncilId == command.CouncilId && a.Covers(command.On));
        if (running is null)
        {
            if (state.Assignments.Any(a => a.CouncilId == command.CouncilId && a.Until == command.On))
                return [];
            throw new RuleViolation("assignment.not-assigned",
                $"Team member {state.Id} is not assigned to council {command.CouncilId} on {command.On:yyyy-MM-dd}.");
        }
        ProgrammeCalendar.NotInFuture(command.On, today, "The end of the assignment");
        return [new TeamMemberUnassigned(state.Id, command.CouncilId, command.On)];
    }

    /// <returns>The departure, after ending every assignment still running or planned on that date.</returns>
    public static IReadOnlyList<object> Leave(TeamMember state, LeaveProgramme command, LocalDate today)
    {
        if (state.LeftOn is { } left)
        {
            if (left == command.On)
                return [];
            throw new RuleViolation("team-member.already-left", $"Team member {state.Id} already left on {left:yyyy-MM-dd}.");
        }
        if (command.On < state.StartsOn)
            throw new RuleViolation("departure.before-recruitment",
                $"Team member {state.Id} started on {state.StartsOn:yyyy-MM-dd}; they cannot leave before.");
        ProgrammeCalendar.NotInFuture(command.On, today, "The departure date");

        return [.. EndAssignmentsFrom(state, command.On, _ => true), new TeamMemberLeft(state.Id, command.On)];
    }

    /// <summary>A dissolved council is covered by nobody from the day of its dissolution.</summary>
    /// <returns>The end of every assignment to that council running or planned from that day.</returns>
    public static IReadOnlyList<object> EndAssignmentsToDissolved(TeamMember state, Guid councilId, LocalDate dissolvedOn) =>
        EndAssignmentsFrom(state, dissolvedOn, a => a.CouncilId == councilId).ToArray();

    // An assignment that would only start after that day ends on its first day: it never runs.
    private static IEnumerable<TeamMemberUnassigned> EndAssignmentsFrom(TeamMember state, LocalDate on, Func<Assignment, bool> which) =>
        state.Assignments
            .Where(which)
            .Where(a => a.Until is not { } until || until > on)
            .Where(a => a.Until is not { } until || until > a.From)
            .Select(a => new TeamMemberUnassigned(state.Id, a.CouncilId, a.From > on ? a.From : on));

    private static void InTeamOn(TeamMember state, LocalDate date, string beforeCode, string what)
    {
        if (date < state.StartsOn)
            throw new RuleViolation(beforeCode, $"{what} cannot be dated before the recruitment ({state.StartsOn:yyyy-MM-dd}).");
        if (state.HasLeftBy(date))
            throw new RuleViolation("team-member.left", $"Team member {state.Id} left the programme on {state.LeftOn:yyyy-MM-dd}.");
    }

    private static IEnumerable<object> NonWorkingDay(WorkingCalendar calendar, Guid streamId, LocalDate date) =>
        calendar.Check(streamId, date) is { } warning ? [warning] : [];
}
