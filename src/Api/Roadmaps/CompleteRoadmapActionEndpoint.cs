using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Roadmaps;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Roadmaps;

public sealed record CompleteRoadmapActionRequest(string Outcome, LocalDate DoneOn);

public sealed class CompleteRoadmapActionValidator : AbstractValidator<CompleteRoadmapActionRequest>
{
    public CompleteRoadmapActionValidator() => RuleFor(r => r.Outcome).NotEmpty().MaximumLength(4000);
}

public static class CompleteRoadmapActionEndpoint
{
    private static readonly CompleteRoadmapActionValidator Validator = new();

    public static ProblemDetails Validate(CompleteRoadmapActionRequest request) => Validator.Check(request);

    [WolverinePost("/roadmaps/{id}/actions/{actionId}/completion")]
    [Tags("Roadmaps")]
    [EndpointSummary("Record that a started action or project was done, with its outcome")]
    public static async Task<RoadmapResponse> Post(
        Guid id,
        Guid actionId,
        CompleteRoadmapActionRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new CompleteRoadmapAction(request.Outcome, request.DoneOn);
        var today = ProgrammeCalendar.Today(clock.GetCurrentInstant());

        var write = await session.DecideOnAction(id, actionId, ifMatch, roadmap => RoadmapDecider.Complete(roadmap, actionId, command, today), ct);

        response.WriteETag(write.Version);
        return RoadmapResponse.After(write.State, write.Events, write.Version, today);
    }
}
