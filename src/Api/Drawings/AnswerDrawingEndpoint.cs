using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Drawings;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Drawings;

public sealed record AnswerDrawingRequest(Guid CandidateId, bool Accepted, LocalDate AnsweredOn);

public sealed class AnswerDrawingValidator : AbstractValidator<AnswerDrawingRequest>
{
    public AnswerDrawingValidator() => RuleFor(r => r.CandidateId).NotEqual(Guid.Empty);
}

public static class AnswerDrawingEndpoint
{
    private static readonly AnswerDrawingValidator Validator = new();

    public static ProblemDetails Validate(AnswerDrawingRequest request) => Validator.Check(request);

    [WolverinePost("/drawings/{id}/answers")]
    [Tags("Drawings")]
    [EndpointSummary("A called candidate accepts or refuses their seat; a refusal calls the next substitute of the same gender")]
    [EndpointDescription("Send the drawing's ETag in If-Match to refuse the write (412) if the drawing changed since you read it.")]
    public static async Task<DrawingResponse> Post(
        Guid id,
        AnswerDrawingRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new AnswerDrawing(request.CandidateId, request.Accepted, request.AnsweredOn);
        var write = await session.Decide<Drawing>(id, ifMatch, "Drawing",
            drawing => DrawingDecider.Answer(drawing, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return write.ToResponse(response);
    }
}
