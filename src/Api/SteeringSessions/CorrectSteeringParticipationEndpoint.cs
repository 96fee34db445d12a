using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.SteeringSessions;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.SteeringSessions;

/// <summary>The whole participation of one council, replacing the one recorded before.</summary>
/// <param name="CouncilId">The council whose participation is corrected; may be left out when the session concerns one council only.</param>
public sealed record CorrectSteeringParticipationRequest(
    bool Invited, IReadOnlyList<Guid> RepresentativeIds, bool Spoke, bool ContributedInWriting, Guid? CouncilId = null);

public sealed class CorrectSteeringParticipationValidator : AbstractValidator<CorrectSteeringParticipationRequest>
{
    public CorrectSteeringParticipationValidator()
    {
        RuleFor(r => r.RepresentativeIds).Representatives();
    }
}

public static class CorrectSteeringParticipationEndpoint
{
    private static readonly CorrectSteeringParticipationValidator Validator = new();

    public static ProblemDetails Validate(CorrectSteeringParticipationRequest request) => Validator.Check(request);

    [WolverinePost("/steering-sessions/{id}/participation")]
    [Tags("Steering sessions")]
    [EndpointSummary("Correct a council's participation in a steering session")]
    [EndpointDescription("Rule 12 is judged again for that council: a participation still without invitation or representative gets a new warning. The same participation again appends nothing. A shared session names the council (councilId).")]
    public static async Task<SteeringSessionResponse> Post(
        Guid id,
        CorrectSteeringParticipationRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        // A session never changes councils: reading it first only finds which council's members to check.
        var current = await session.LoadAsync<SteeringSession>(id, ct) ?? throw new ResourceNotFound($"Steering session {id}");
        var councilId = request.CouncilId ?? (current.CouncilIds is [var only] ? only
            : throw new MalformedRequest("councilId", "The session concerns several councils: name the one whose participation is corrected."));
        var council = await session.LoadCouncil(councilId, ct);
        var command = new CorrectSteeringParticipation(request.Invited, request.RepresentativeIds, request.Spoke, request.ContributedInWriting);

        var write = await session.Decide<SteeringSession>(id, ifMatch, "Steering session",
            state => SteeringSessionDecider.Correct(state, council, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);

        response.WriteETag(write.Version);
        return SteeringSessionResponse.After(write.State, write.Events, write.Version);
    }
}
