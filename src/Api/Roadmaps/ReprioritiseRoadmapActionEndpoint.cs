using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Roadmaps;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Roadmaps;

public sealed record ReprioritiseRoadmapActionRequest(int Rank, string Reason, LocalDate ReprioritisedOn);

public sealed class ReprioritiseRoadmapActionValidator : AbstractValidator<ReprioritiseRoadmapActionRequest>
{
    public ReprioritiseRoadmapActionValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(4000);
}

public static class ReprioritiseRoadmapActionEndpoint
{
    private static readonly ReprioritiseRoadmapActionValidator Validator = new();

    public static ProblemDetails Validate(ReprioritiseRoadmapActionRequest request) => Validator.Check(request);

    [WolverinePost("/roadmaps/{id}/actions/{actionId}/priority")]
    [Tags("Roadmaps")]
    [EndpointSummary("Change an open action's rank on the roadmap, and say why (the former ranks stay readable)")]
    public static async Task<RoadmapResponse> Post(
        Guid id,
        Guid actionId,
        ReprioritiseRoadmapActionRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new ReprioritiseRoadmapAction(request.Rank, request.Reason, request.ReprioritisedOn);
        var today = ProgrammeCalendar.Today(clock.GetCurrentInstant());

        var write = await session.DecideOnAction(id, actionId, ifMatch, roadmap => RoadmapDecider.Reprioritise(roadmap, actionId, command, today), ct);

        response.WriteETag(write.Version);
        return RoadmapResponse.After(write.State, write.Events, write.Version, today);
    }
}
