using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Meetings;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Meetings;

public sealed record CancelMeetingRequest(string Reason, LocalDate? CancelledOn = null);

public sealed class CancelMeetingValidator : AbstractValidator<CancelMeetingRequest>
{
    public CancelMeetingValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
}

public static class CancelMeetingEndpoint
{
    private static readonly CancelMeetingValidator Validator = new();

    public static ProblemDetails Validate(CancelMeetingRequest request) => Validator.Check(request);

    [WolverinePost("/meetings/{id}/cancellation")]
    [Tags("Meetings")]
    [EndpointSummary("Cancel a planned meeting, with a reason")]
    [EndpointDescription("Send the meeting's ETag in If-Match to refuse the write (412) if the meeting changed since you read it.")]
    public static async Task<MeetingResponse> Post(
        Guid id,
        CancelMeetingRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new CancelMeeting(request.Reason, request.CancelledOn);
        var write = await session.DecideWithCouncil(id, ifMatch,
            (meeting, _) => MeetingDecider.Cancel(meeting, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);

        response.WriteETag(write.Version);
        return write.ToResponse();
    }
}
