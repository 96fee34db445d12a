using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Meetings;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Meetings;

public sealed record HoldMeetingRequest(LocalDate HeldOn, Actor ChairedBy);

public sealed class HoldMeetingValidator : AbstractValidator<HoldMeetingRequest>
{
    public HoldMeetingValidator() => RuleFor(r => r.ChairedBy).NotNull().SetValidator(new ActorValidator());
}

public static class HoldMeetingEndpoint
{
    private static readonly HoldMeetingValidator Validator = new();

    public static ProblemDetails Validate(HoldMeetingRequest request) => Validator.Check(request);

    [WolverinePost("/meetings/{id}/holding")]
    [Tags("Meetings")]
    [EndpointSummary("Record that a planned meeting was held, on which date and chaired by whom")]
    [EndpointDescription("Send the meeting's ETag in If-Match to refuse the write (412) if the meeting changed since you read it.")]
    public static async Task<MeetingResponse> Post(
        Guid id,
        HoldMeetingRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new HoldMeeting(request.HeldOn, request.ChairedBy);
        var write = await session.DecideWithCouncil(id, ifMatch,
            (meeting, council) => MeetingDecider.Hold(meeting, council, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())),
            ct);

        response.WriteETag(write.Version);
        return write.ToResponse();
    }
}
