using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Team;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Team;

/// <param name="On">From this day on the team member no longer covers the council.</param>
public sealed record UnassignTeamMemberRequest(LocalDate On);

public static class UnassignTeamMemberEndpoint
{
    public static ProblemDetails Validate(UnassignTeamMemberRequest? request) => Validation.BodyRequired(request);

    [WolverinePost("/team/{id}/assignments/{councilId}/ending")]
    [Tags("Team")]
    [EndpointSummary("End a team member's assignment to a council on a date")]
    public static async Task<TeamMemberWritten> Post(Guid id, Guid councilId, UnassignTeamMemberRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var write = await session.Decide<TeamMember>(id, ifMatch, "Team member",
            member => TeamMemberDecider.Unassign(member, new UnassignTeamMember(councilId, request.On),
                ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return TeamMemberWritten.From(id, write, response);
    }
}
