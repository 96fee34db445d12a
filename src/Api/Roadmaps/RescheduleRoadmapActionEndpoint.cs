using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Roadmaps;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Roadmaps;

public sealed record RescheduleRoadmapActionRequest(LocalDate DueOn, string Reason, LocalDate RescheduledOn);

public sealed class RescheduleRoadmapActionValidator : AbstractValidator<RescheduleRoadmapActionRequest>
{
    public RescheduleRoadmapActionValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(4000);
}

public static class RescheduleRoadmapActionEndpoint
{
    private static readonly RescheduleRoadmapActionValidator Validator = new();

    public static ProblemDetails Validate(RescheduleRoadmapActionRequest request) => Validator.Check(request);

    [WolverinePost("/roadmaps/{id}/actions/{actionId}/schedule")]
    [Tags("Roadmaps")]
    [EndpointSummary("Move an open action's due date, and say why (the former dates stay readable)")]
    public static async Task<RoadmapResponse> Post(
        Guid id,
        Guid actionId,
        RescheduleRoadmapActionRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new RescheduleRoadmapAction(request.DueOn, request.Reason, request.RescheduledOn);
        var today = ProgrammeCalendar.Today(clock.GetCurrentInstant());

        var write = await session.DecideOnAction(id, actionId, ifMatch, roadmap => RoadmapDecider.Reschedule(roadmap, actionId, command, today), ct);

        response.WriteETag(write.Version);
        return RoadmapResponse.After(write.State, write.Events, write.Version, today);
    }
}
