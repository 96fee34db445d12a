using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Activity;

/// <param name="Hours">More than 0 and at most 12; a day counts at most 12 hours in all.</param>
/// <param name="CouncilId">Optional: the council the time went to; it must exist.</param>
/// <param name="EntryId">Optional; a retry with the same id and the same facts appends nothing.</param>
public sealed record RecordTimeRequest(
    LocalDate On,
    ActivityKind Kind,
    decimal Hours,
    Guid? CouncilId = null,
    string? Note = null,
    Guid? EntryId = null);

public sealed class RecordTimeValidator : AbstractValidator<RecordTimeRequest>
{
    public RecordTimeValidator()
    {
        RuleFor(r => r.Note).MaximumLength(2000);
        RuleFor(r => r.CouncilId).NotEqual(Guid.Empty);
        RuleFor(r => r.EntryId).NotEqual(Guid.Empty);
    }
}

public static class RecordTimeEndpoint
{
    private static readonly RecordTimeValidator Validator = new();

    public static ProblemDetails Validate(RecordTimeRequest request) => Validator.Check(request);

    [WolverinePost("/team/{teamMemberId}/activity/time-entries")]
    [Tags("Activity")]
    [EndpointSummary("A facilitator records time spent on an activity; the first entry opens the facilitator's log")]
    [EndpointDescription("An entry on a weekend or a French public holiday is accepted with a warning.")]
    public static async Task<ActivityEntryWrittenResponse> Post(
        Guid teamMemberId,
        RecordTimeRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        WorkingCalendar calendar,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        if (request.CouncilId is { } councilId)
            await session.LoadCouncil(councilId, ct);
        var command = new RecordTime(teamMemberId, request.EntryId ?? Guid.CreateVersion7(), request.On, request.Kind, request.Hours,
            request.CouncilId, request.Note);
        var today = ProgrammeCalendar.Today(clock.GetCurrentInstant());

        var write = await session.DecideOnLog(teamMemberId, ifMatch, log => ActivityDecider.Record(log, command, calendar, today), ct);

        response.WriteETag(write.Version);
        return ActivityEntryWrittenResponse.From(write, command.EntryId);
    }
}
