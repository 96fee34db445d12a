using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Meetings;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Meetings;

/// <param name="Register">Every member listed once, present, excused or absent; it replaces any earlier register.</param>
public sealed record RecordAttendanceRequest(IReadOnlyList<AttendanceEntry> Register);

public sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendanceRequest>
{
    public RecordAttendanceValidator()
    {
        RuleFor(r => r.Register).NotEmpty().Must(r => r.Count <= 200).WithMessage("At most 200 entries.");
        RuleForEach(r => r.Register).NotNull().ChildRules(entry => entry.RuleFor(e => e.MemberId).NotEqual(Guid.Empty));
    }
}

public static class RecordAttendanceEndpoint
{
    private static readonly RecordAttendanceValidator Validator = new();

    public static ProblemDetails Validate(RecordAttendanceRequest request) => Validator.Check(request);

    [WolverinePost("/meetings/{id}/attendance")]
    [Tags("Meetings")]
    [EndpointSummary("Record (or correct) the attendance register of a held meeting")]
    [EndpointDescription("Send the meeting's ETag in If-Match to refuse the write (412) if the meeting changed since you read it.")]
    public static async Task<MeetingResponse> Post(
        Guid id,
        RecordAttendanceRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new RecordAttendance(request.Register);
        var write = await session.DecideWithCouncil(id, ifMatch,
            (meeting, council) => MeetingDecider.RecordAttendance(meeting, council, command), ct);

        response.WriteETag(write.Version);
        return write.ToResponse();
    }
}
