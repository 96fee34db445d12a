using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.SteeringSessions;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.SteeringSessions;

/// <param name="RepresentativeIds">Member ids of the council's representatives present (none: recorded with a rule 12 warning).</param>
/// <param name="Id">Optional: a client that picks the id can retry safely (a second record answers 409).</param>
public sealed record RecordSteeringSessionRequest(
    SteeringBody Body,
    LocalDate HeldOn,
    bool Invited,
    IReadOnlyList<Guid> RepresentativeIds,
    bool Spoke,
    bool ContributedInWriting,
    string? BodyName = null,
    Guid? Id = null);

public sealed class RecordSteeringSessionValidator : AbstractValidator<RecordSteeringSessionRequest>
{
    public RecordSteeringSessionValidator()
    {
        RuleFor(r => r.BodyName).MaximumLength(200);
        RuleFor(r => r.RepresentativeIds).Representatives();
        RuleFor(r => r.Id).NotEqual(Guid.Empty);
    }
}

public static class RecordSteeringSessionEndpoint
{
    private static readonly RecordSteeringSessionValidator Validator = new();

    public static ProblemDetails Validate(RecordSteeringSessionRequest request) => Validator.Check(request);

    [WolverinePost("/councils/{councilId}/steering-sessions")]
    [Tags("Steering sessions")]
    [EndpointSummary("Record a session of a contrat de ville body and how the council took part in it (a session shared by several councils: POST /steering-sessions)")]
    [EndpointDescription("A session the council was not invited to, or where none of its representatives was present, is recorded with a rule 12 compliance warning.")]
    public static async Task<Created<SteeringSessionResponse>> Post(
        Guid councilId, RecordSteeringSessionRequest request, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var council = await session.LoadCouncil(councilId, ct);
        var command = new RecordSteeringSession(request.Id ?? Guid.CreateVersion7(), request.Body, request.BodyName, request.HeldOn,
            request.Invited, request.RepresentativeIds, request.Spoke, request.ContributedInWriting);

        var events = SteeringSessionDecider.Record(council, command, ProgrammeCalendar.Today(clock.GetCurrentInstant()));
        var version = session.Start<SteeringSession>(command.SessionId, events);

        response.WriteETag(version);
        return TypedResults.Created($"/steering-sessions/{command.SessionId}", SteeringSessionResponse.Started(events, version));
    }
}
