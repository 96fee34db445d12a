using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Roadmaps;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Roadmaps;

/// <param name="Action">The roadmap's first action or project.</param>
public sealed record OpenRoadmapRequest(Guid FacilitatorId, Guid CouncilId, ProposeRoadmapActionRequest Action);

public sealed class OpenRoadmapValidator : AbstractValidator<OpenRoadmapRequest>
{
    public OpenRoadmapValidator()
    {
        RuleFor(r => r.FacilitatorId).NotEqual(Guid.Empty);
        RuleFor(r => r.CouncilId).NotEqual(Guid.Empty);
        RuleFor(r => r.Action).NotNull().SetValidator(new ProposeRoadmapActionValidator());
    }
}

public static class OpenRoadmapEndpoint
{
    private static readonly OpenRoadmapValidator Validator = new();

    public static ProblemDetails Validate(OpenRoadmapRequest request) => Validator.Check(request);

    [WolverinePost("/roadmaps")]
    [Tags("Roadmaps")]
    [EndpointSummary("Open a facilitator's roadmap for a council with its first action")]
    [EndpointDescription("One roadmap per facilitator and council: its id is derived from both, and a second opening answers 409 (propose further actions on /roadmaps/{id}/actions).")]
    public static async Task<Created<RoadmapResponse>> Post(
        OpenRoadmapRequest request, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        await session.LoadTeamMember(request.FacilitatorId, ct);
        var council = await session.LoadCouncil(request.CouncilId, ct);
        var today = ProgrammeCalendar.Today(clock.GetCurrentInstant());

        var events = RoadmapDecider.Open(council, request.FacilitatorId, request.Action.ToCommand(), today);
        await session.CheckPriority(council, request.Action.ToCommand(), ct);
        var id = Roadmap.StreamIdFor(request.FacilitatorId, council.Id);
        var version = session.Start<Roadmap>(id, events);

        var roadmap = events.Aggregate((Roadmap?)null, Roadmap.Evolve)! with { Version = version };
        response.WriteETag(version);
        return TypedResults.Created($"/roadmaps/{id}", RoadmapResponse.From(roadmap, today));
    }
}
