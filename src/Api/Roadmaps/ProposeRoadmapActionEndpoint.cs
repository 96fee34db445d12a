using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Roadmaps;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Roadmaps;

/// <param name="PriorityId">The territory diagnostic's priority the action answers.</param>
/// <param name="Rank">Order of priority on the roadmap, from 1 to the number of actions.</param>
/// <param name="ActionId">Optional; a retry with the same id and the same facts appends nothing.</param>
public sealed record ProposeRoadmapActionRequest(
    string Title,
    RoadmapActionKind Kind,
    Guid PriorityId,
    LocalDate DueOn,
    int Rank,
    LocalDate ProposedOn,
    Guid? ActionId = null)
{
    public ProposeRoadmapAction ToCommand() => new(ActionId ?? Guid.CreateVersion7(), Title, Kind, PriorityId, DueOn, Rank, ProposedOn);
}

public sealed class ProposeRoadmapActionValidator : AbstractValidator<ProposeRoadmapActionRequest>
{
    public ProposeRoadmapActionValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(200);
        RuleFor(r => r.PriorityId).NotEqual(Guid.Empty);
        RuleFor(r => r.ActionId).NotEqual(Guid.Empty);
    }
}

public static class ProposeRoadmapActionEndpoint
{
    private static readonly ProposeRoadmapActionValidator Validator = new();

    public static ProblemDetails Validate(ProposeRoadmapActionRequest request) => Validator.Check(request);

    [WolverinePost("/roadmaps/{id}/actions")]
    [Tags("Roadmaps")]
    [EndpointSummary("The facilitator proposes a further action or project on the roadmap, answering a diagnostic priority")]
    public static async Task<RoadmapResponse> Post(
        Guid id,
        ProposeRoadmapActionRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = request.ToCommand();
        var current = await session.LoadAsync<Roadmap>(id, ct) ?? throw new ResourceNotFound($"Roadmap {id}");
        await session.CheckPriority(await session.LoadCouncil(current.CouncilId, ct), command, ct);
        var today = ProgrammeCalendar.Today(clock.GetCurrentInstant());

        var write = await session.Decide<Roadmap>(id, ifMatch, "Roadmap", roadmap => RoadmapDecider.Propose(roadmap, command, today), ct);

        response.WriteETag(write.Version);
        return RoadmapResponse.After(write.State, write.Events, write.Version, today);
    }
}
