using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Meetings;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Meetings;

/// <param name="Id">Optional: a client that picks the id can retry safely (a second plan answers 409).</param>
public sealed record PlanMeetingRequest(MeetingKind Kind, LocalDate PlannedFor, Actor ConvenedBy, Guid? Id = null);

public sealed class PlanMeetingValidator : AbstractValidator<PlanMeetingRequest>
{
    public PlanMeetingValidator()
    {
        RuleFor(r => r.ConvenedBy).NotNull().SetValidator(new ActorValidator());
        RuleFor(r => r.Id).NotEqual(Guid.Empty);
    }
}

public static class PlanMeetingEndpoint
{
    private static readonly PlanMeetingValidator Validator = new();

    public static ProblemDetails Validate(PlanMeetingRequest request) => Validator.Check(request);

    [WolverinePost("/councils/{councilId}/meetings")]
    [Tags("Meetings")]
    [EndpointSummary("Plan a meeting of the council: plenary, bureau, working group or public meeting")]
    public static async Task<Created<MeetingResponse>> Post(
        Guid councilId, PlanMeetingRequest request, IDocumentSession session, HttpResponse response, CancellationToken ct)
    {
        var council = await session.LoadCouncil(councilId, ct);
        var command = new PlanMeeting(request.Id ?? Guid.CreateVersion7(), request.Kind, request.PlannedFor, request.ConvenedBy);

        var planned = MeetingDecider.Plan(council, command);
        var version = session.Start<Meeting>(planned.MeetingId, [planned]);

        var meeting = Meeting.Evolve(null, planned) with { Version = version };
        response.WriteETag(meeting.Version);
        return TypedResults.Created($"/meetings/{meeting.Id}", MeetingResponse.From(meeting, council));
    }
}
