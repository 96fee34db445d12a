using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Activity;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Activity;

public sealed record CancelActivityEntryRequest(string Reason);

public sealed class CancelActivityEntryValidator : AbstractValidator<CancelActivityEntryRequest>
{
    public CancelActivityEntryValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(2000);
}

public static class CancelActivityEntryEndpoint
{
    private static readonly CancelActivityEntryValidator Validator = new();

    public static ProblemDetails Validate(CancelActivityEntryRequest request) => Validator.Check(request);

    [WolverinePost("/team/{teamMemberId}/activity/{entryId}/cancellation")]
    [Tags("Activity")]
    [EndpointSummary("Cancel a time or mobilisation entry recorded by mistake, and say why: it stays in the log and no longer counts")]
    public static async Task<ActivityEntryWrittenResponse> Post(
        Guid teamMemberId,
        Guid entryId,
        CancelActivityEntryRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new CancelActivityEntry(entryId, request.Reason);

        var write = await session.DecideOnLog(teamMemberId, ifMatch, log => log?.FindEntry(entryId) is null
            ? throw new ResourceNotFound($"Entry {entryId} of facilitator {teamMemberId}'s activity")
            : ActivityDecider.Cancel(log, command), ct);

        response.WriteETag(write.Version);
        return ActivityEntryWrittenResponse.From(write, entryId);
    }
}
