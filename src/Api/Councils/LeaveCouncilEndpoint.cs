using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Councils;

public sealed record LeaveCouncilRequest(DepartureReason Reason, LocalDate LeftOn);


public static class LeaveCouncilEndpoint
{
    public static ProblemDetails Validate(LeaveCouncilRequest? request) => Validation.BodyRequired(request);

    [WolverinePost("/councils/{councilId}/members/{memberId}/departure")]
    [Tags("Councils")]
    [EndpointSummary("A member leaves: resignation, moved out of the QPV, repeated unjustified absence, end of mandate or death")]
    public static async Task<CouncilWritten> Post(Guid councilId, Guid memberId, LeaveCouncilRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var write = await session.Decide<Council>(councilId, ifMatch, "Council",
            council => CouncilDecider.Leave(council, new LeaveCouncil(memberId, request.Reason, request.LeftOn), ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return CouncilWritten.From(councilId, write, response);
    }
}
