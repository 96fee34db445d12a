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

/// <param name="Description">What was done to reach residents far from participation (no names).</param>
/// <param name="NewResidents">Of those reached, how many the programme had not reached before.</param>
/// <param name="EntryId">Optional; a retry with the same id and the same facts appends nothing.</param>
public sealed record RecordMobilisationRequest(
    LocalDate On,
    Guid CouncilId,
    string Description,
    int ResidentsReached,
    int NewResidents,
    Guid? EntryId = null);

public sealed class RecordMobilisationValidator : AbstractValidator<RecordMobilisationRequest>
{
    public RecordMobilisationValidator()
    {
        RuleFor(r => r.CouncilId).NotEqual(Guid.Empty);
        RuleFor(r => r.Description).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.EntryId).NotEqual(Guid.Empty);
    }
}

public static class RecordMobilisationEndpoint
{
    private static readonly RecordMobilisationValidator Validator = new();

    public static ProblemDetails Validate(RecordMobilisationRequest request) => Validator.Check(request);

    [WolverinePost("/team/{teamMemberId}/activity/mobilisations")]
    [Tags("Activity")]
    [EndpointSummary("A facilitator records an action mobilising residents far from civic participation, with the residents reached")]
    [EndpointDescription("An entry on a weekend or a French public holiday is accepted with a warning.")]
    public static async Task<ActivityEntryWrittenResponse> Post(
        Guid teamMemberId,
        RecordMobilisationRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        WorkingCalendar calendar,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        await session.LoadCouncil(request.CouncilId, ct);
        var command = new RecordMobilisation(teamMemberId, request.EntryId ?? Guid.CreateVersion7(), request.On, request.CouncilId,
            request.Description, request.ResidentsReached, request.NewResidents);
        var today = ProgrammeCalendar.Today(clock.GetCurrentInstant());

        var write = await session.DecideOnLog(teamMemberId, ifMatch, log => ActivityDecider.Record(log, command, calendar, today), ct);

        response.WriteETag(write.Version);
        return ActivityEntryWrittenResponse.From(write, command.EntryId);
    }
}
