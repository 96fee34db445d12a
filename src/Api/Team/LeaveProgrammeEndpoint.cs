using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Team;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Team;

/// <param name="LeftOn">From this day on the person is no longer in the team.</param>
public sealed record LeaveProgrammeRequest(LocalDate LeftOn);

public static class LeaveProgrammeEndpoint
{
    public static ProblemDetails Validate(LeaveProgrammeRequest? request) => Validation.BodyRequired(request);

    [WolverinePost("/team/{id}/departure")]
    [Tags("Team")]
    [EndpointSummary("A team member leaves the programme: every assignment still running ends that day")]
    public static async Task<TeamMemberWritten> Post(Guid id, LeaveProgrammeRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var write = await session.Decide<TeamMember>(id, ifMatch, "Team member",
            member => TeamMemberDecider.Leave(member, new LeaveProgramme(request.LeftOn),
                ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return TeamMemberWritten.From(id, write, response);
    }
}
