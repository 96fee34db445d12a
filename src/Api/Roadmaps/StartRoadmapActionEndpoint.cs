using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Roadmaps;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Roadmaps;

public sealed record StartRoadmapActionRequest(LocalDate StartedOn);

public sealed class StartRoadmapActionValidator : AbstractValidator<StartRoadmapActionRequest>
{
    public StartRoadmapActionValidator() => RuleFor(r => r.StartedOn).NotEqual(default(LocalDate));
}

public static class StartRoadmapActionEndpoint
{
    private static readonly StartRoadmapActionValidator Validator = new();

    public static ProblemDetails Validate(StartRoadmapActionRequest request) => Validator.Check(request);

    [WolverinePost("/roadmaps/{id}/actions/{actionId}/commencement")]
    [Tags("Roadmaps")]
    [EndpointSummary("Record that a planned action or project started")]
    public static async Task<RoadmapResponse> Post(
        Guid id,
        Guid actionId,
        StartRoadmapActionRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new StartRoadmapAction(request.StartedOn);
        var today = ProgrammeCalendar.Today(clock.GetCurrentInstant());

        var write = await session.DecideOnAction(id, actionId, ifMatch, roadmap => RoadmapDecider.Start(roadmap, actionId, command, today), ct);

        response.WriteETag(write.Version);
        return RoadmapResponse.After(write.State, write.Events, write.Version, today);
    }
}
