using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.SteeringSessions;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.SteeringSessions;

/// <summary>The whole participation, replacing the one recorded before.</summary>
public sealed record CorrectSteeringParticipationRequest(bool Invited, IReadOnlyList<Guid> RepresentativeIds, bool Spoke, bool ContributedInWriting);

public sealed class CorrectSteeringParticipationValidator : AbstractValidator<CorrectSteeringParticipationRequest>
{
    public CorrectSteeringParticipationValidator()
    {
        RuleFor(r => r.RepresentativeIds).NotNull().Must(ids => ids.Count <= 50).WithMessage("At most 50 representatives.");
        RuleForEach(r => r.RepresentativeIds).NotEqual(Guid.Empty);
    }
}

public static class CorrectSteeringParticipationEndpoint
{
    private static readonly CorrectSteeringParticipationValidator Validator = new();

    public static ProblemDetails Validate(CorrectSteeringParticipationRequest request) => Validator.Check(request);

    [WolverinePost("/steering-sessions/{id}/participation")]
    [Tags("Steering sessions")]
    [EndpointSummary("Correct the council's participation in a steering session")]
    [EndpointDescription("Rule 12 is judged again: a session still without invitation or representative gets a new warning. The same participation again appends nothing.")]
    public static async Task<SteeringSessionResponse> Post(
        Guid id,
        CorrectSteeringParticipationRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        // A session never changes council: reading it first only finds which council's members to check.
        var current = await session.LoadAsync<SteeringSession>(id, ct) ?? throw new ResourceNotFound($"Steering session {id}");
        var council = await session.LoadCouncil(current.CouncilId, ct);
        var command = new CorrectSteeringParticipation(request.Invited, request.RepresentativeIds, request.Spoke, request.ContributedInWriting);

        var write = await session.Decide<SteeringSession>(id, ifMatch, "Steering session",
            state => SteeringSessionDecider.Correct(state, council, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);

        response.WriteETag(write.Version);
        return SteeringSessionResponse.After(write.State, write.Events, write.Version);
    }
}
