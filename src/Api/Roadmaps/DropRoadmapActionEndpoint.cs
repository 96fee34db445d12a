using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Roadmaps;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Roadmaps;

public sealed record DropRoadmapActionRequest(string Reason, LocalDate DroppedOn);

public sealed class DropRoadmapActionValidator : AbstractValidator<DropRoadmapActionRequest>
{
    public DropRoadmapActionValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(4000);
}

public static class DropRoadmapActionEndpoint
{
    private static readonly DropRoadmapActionValidator Validator = new();

    public static ProblemDetails Validate(DropRoadmapActionRequest request) => Validator.Check(request);

    [WolverinePost("/roadmaps/{id}/actions/{actionId}/abandonment")]
    [Tags("Roadmaps")]
    [EndpointSummary("Record that a planned or started action was dropped, and why")]
    public static async Task<RoadmapResponse> Post(
        Guid id,
        Guid actionId,
        DropRoadmapActionRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new DropRoadmapAction(request.Reason, request.DroppedOn);
        var today = ProgrammeCalendar.Today(clock.GetCurrentInstant());

        var write = await session.DecideOnAction(id, actionId, ifMatch, roadmap => RoadmapDecider.Drop(roadmap, actionId, command, today), ct);

        response.WriteETag(write.Version);
        return RoadmapResponse.After(write.State, write.Events, write.Version, today);
    }
}
