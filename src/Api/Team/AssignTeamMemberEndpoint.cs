using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Team;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Team;

/// <param name="Until">Optional exclusive end: the first day the council is no longer covered.</param>
public sealed record AssignTeamMemberRequest(Guid CouncilId, LocalDate From, LocalDate? Until = null);

public sealed class AssignTeamMemberValidator : AbstractValidator<AssignTeamMemberRequest>
{
    public AssignTeamMemberValidator() => RuleFor(r => r.CouncilId).NotEqual(Guid.Empty);
}

public static class AssignTeamMemberEndpoint
{
    private static readonly AssignTeamMemberValidator Validator = new();

    public static ProblemDetails Validate(AssignTeamMemberRequest request) => Validator.Check(request);

    [WolverinePost("/team/{id}/assignments")]
    [Tags("Team")]
    [EndpointSummary("Assign a team member to a council from a date, optionally until a date; several councils may be assigned at once")]
    public static async Task<TeamMemberWritten> Post(Guid id, AssignTeamMemberRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, WorkingCalendar calendar,
        HttpResponse response, CancellationToken ct)
    {
        var council = await session.LoadCouncil(request.CouncilId, ct);
        var write = await session.Decide<TeamMember>(id, ifMatch, "Team member",
            member => TeamMemberDecider.Assign(member, new AssignTeamMember(request.CouncilId, request.From, request.Until),
                council, calendar, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return TeamMemberWritten.From(id, write, response);
    }
}
