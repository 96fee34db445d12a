using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Interpellations;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Interpellations;

public sealed record CloseInterpellationRequest(string Outcome, LocalDate ClosedOn);

public sealed class CloseInterpellationValidator : AbstractValidator<CloseInterpellationRequest>
{
    public CloseInterpellationValidator() => RuleFor(r => r.Outcome).NotEmpty().MaximumLength(10_000);
}

public static class CloseInterpellationEndpoint
{
    private static readonly CloseInterpellationValidator Validator = new();

    public static ProblemDetails Validate(CloseInterpellationRequest request) => Validator.Check(request);

    [WolverinePost("/interpellations/{id}/closure")]
    [Tags("Interpellations")]
    [EndpointSummary("Close the interpellation: after its debate, or straight after transmission when judged not justified")]
    [EndpointDescription("Send the interpellation's ETag in If-Match to refuse the write (412) if it changed since you read it. A step the procedure does not allow at the current stage answers 422 interpellation.illegal-transition.")]
    public static async Task<InterpellationResponse> Post(
        Guid id,
        CloseInterpellationRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new CloseInterpellation(request.Outcome, request.ClosedOn);
        var write = await session.Decide<Interpellation>(id, ifMatch, "Interpellation",
            interpellation => InterpellationDecider.Close(interpellation, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);

        response.WriteETag(write.Version);
        return InterpellationResponse.From(write.Events.Aggregate(write.State, Interpellation.Evolve) with { Version = write.Version });
    }
}
