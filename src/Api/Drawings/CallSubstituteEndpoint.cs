using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Drawings;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Drawings;

/// <param name="Replaces">The member of the council who left, whose seat is to be filled.</param>
public sealed record CallSubstituteRequest(Guid Replaces, LocalDate CalledOn);

public sealed class CallSubstituteValidator : AbstractValidator<CallSubstituteRequest>
{
    public CallSubstituteValidator() => RuleFor(r => r.Replaces).NotEqual(Guid.Empty);
}

public static class CallSubstituteEndpoint
{
    private static readonly CallSubstituteValidator Validator = new();

    public static ProblemDetails Validate(CallSubstituteRequest request) => Validator.Check(request);

    [WolverinePost("/drawings/{id}/substitute-calls")]
    [Tags("Drawings")]
    [EndpointSummary("A resident left: call the next substitute of their gender on this drawing's list to their seat")]
    [EndpointDescription("The called substitute then answers like any candidate (POST /drawings/{id}/answers) and, once accepted, joins "
        + "with origin substitute, this drawing and replaces set to the departed member. Send the drawing's ETag in If-Match to refuse "
        + "the write (412) if the drawing changed since you read it.")]
    public static async Task<DrawingResponse> Post(
        Guid id,
        CallSubstituteRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var councilId = (await session.LoadAsync<Drawing>(id, ct) ?? throw new ResourceNotFound($"Drawing {id}")).CouncilId;
        // One departure is called for once across the council's drawings: calls on two drawings at once take turns.
        var council = await session.LockCouncil(councilId, ct);
        var councilDrawings = await session.Query<Drawing>().Where(d => d.CouncilId == councilId).ToListAsync(ct);
        var command = new CallSubstitute(request.Replaces, request.CalledOn);

        var write = await session.Decide<Drawing>(id, ifMatch, "Drawing",
            drawing => DrawingDecider.CallSubstitute(drawing, council, councilDrawings, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return write.ToResponse(response);
    }
}
