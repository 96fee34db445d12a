using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Team;
using NodaTime;

namespace ConseilsCitoyens.Api.Team;

/// <summary>Activity dated on a weekend or a public holiday: accepted, and reported.</summary>
public sealed record NonWorkingDayWarningResponse(LocalDate On, NonWorkingDayKind Kind, string? HolidayName)
{
    public static NonWorkingDayWarningResponse From(NonWorkingDayWarningRecorded w) => new(w.On, w.Kind, w.HolidayName);

    public static IReadOnlyList<NonWorkingDayWarningResponse> Of(IEnumerable<object> events) =>
        events.OfType<NonWorkingDayWarningRecorded>().Select(From).ToArray();
}

public sealed record TrainingsResponse(decimal TotalHours, IReadOnlyList<Training> Sessions);

/// <param name="Until">Exclusive: the first day the council is no longer covered; null while open.</param>
public sealed record AssignmentResponse(Guid CouncilId, LocalDate From, LocalDate? Until);

/// <summary>A team member as clients read it: role and contract, no personal data.</summary>
public sealed record TeamMemberResponse(
    Guid Id,
    TeamRole Role,
    ContractKind Contract,
    LocalDate StartsOn,
    LocalDate? ContractEndsOn,
    LocalDate? LeftOn,
    TrainingsResponse Trainings,
    IReadOnlyList<AssignmentResponse> Assignments,
    IReadOnlyList<NonWorkingDayWarningResponse> Warnings,
    long Version)
{
    public static TeamMemberResponse From(TeamMember f) => new(
        f.Id, f.Role, f.Contract, f.StartsOn, f.ContractEndsOn, f.LeftOn,
        new TrainingsResponse(f.TrainingHours, f.Trainings),
        f.Assignments.Select(a => new AssignmentResponse(a.CouncilId, a.From, a.Until)).ToArray(),
        f.Warnings.Select(NonWorkingDayWarningResponse.From).ToArray(),
        f.Version);
}

/// <summary>What a command on a team member answers: the new version (also the ETag) and any non-working-day warning.</summary>
public sealed record TeamMemberWritten(Guid FacilitatorId, long Version, IReadOnlyList<NonWorkingDayWarningResponse> Warnings)
{
    internal static TeamMemberWritten From(Guid id, StreamWrite<TeamMember> write, HttpResponse response)
    {
        response.WriteETag(write.Version);
        return new TeamMemberWritten(id, write.Version, NonWorkingDayWarningResponse.Of(write.Events));
    }
}
