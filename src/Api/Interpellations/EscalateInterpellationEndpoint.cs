using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Interpellations;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Interpellations;

public sealed record EscalateInterpellationRequest(string Diagnostic, IReadOnlyList<string> Actions, bool LeadsToContractRevision, LocalDate EscalatedOn);

public sealed class EscalateInterpellationValidator : AbstractValidator<EscalateInterpellationRequest>
{
    public EscalateInterpellationValidator()
    {
        RuleFor(r => r.Diagnostic).NotEmpty().MaximumLength(20_000);
        RuleFor(r => r.Actions).NotEmpty().Must(a => a.Count <= 100).WithMessage("At most 100 actions.");
        RuleForEach(r => r.Actions).NotEmpty().MaximumLength(2_000);
    }
}

public static class EscalateInterpellationEndpoint
{
    private static readonly EscalateInterpellationValidator Validator = new();

    public static ProblemDetails Validate(EscalateInterpellationRequest request) => Validator.Check(request);

    [WolverinePost("/interpellations/{id}/escalation")]
    [Tags("Interpellations")]
    [EndpointSummary("Judged justified: a diagnostic and actions went to the contrat de ville's steering committee")]
    [EndpointDescription("Send the interpellation's ETag in If-Match to refuse the write (412) if it changed since you read it. A step the procedure does not allow at the current stage answers 422 interpellation.illegal-transition.")]
    public static async Task<InterpellationResponse> Post(
        Guid id,
        EscalateInterpellationRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new EscalateInterpellation(request.Diagnostic, request.Actions, request.LeadsToContractRevision, request.EscalatedOn);
        var write = await session.Decide<Interpellation>(id, ifMatch, "Interpellation",
            interpellation => InterpellationDecider.Escalate(interpellation, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);

        response.WriteETag(write.Version);
        return InterpellationResponse.From(write.Events.Aggregate(write.State, Interpellation.Evolve) with { Version = write.Version });
    }
}
