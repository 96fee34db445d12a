using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Initiatives;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Initiatives;

public sealed record CompleteInitiativeRequest(string Outcome, LocalDate CompletedOn);

public sealed class CompleteInitiativeValidator : AbstractValidator<CompleteInitiativeRequest>
{
    public CompleteInitiativeValidator() => RuleFor(r => r.Outcome).NotEmpty().MaximumLength(4000);
}

public static class CompleteInitiativeEndpoint
{
    private static readonly CompleteInitiativeValidator Validator = new();

    public static ProblemDetails Validate(CompleteInitiativeRequest request) => Validator.Check(request);

    [WolverinePost("/initiatives/{id}/completion")]
    [Tags("Initiatives")]
    [EndpointSummary("Record that an initiative was carried through, with its outcome")]
    public static async Task<InitiativeResponse> Post(
        Guid id,
        CompleteInitiativeRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new CompleteInitiative(request.Outcome, request.CompletedOn);

        var write = await session.Decide<Initiative>(id, ifMatch, "Initiative",
            initiative => InitiativeDecider.Complete(initiative, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);

        response.WriteETag(write.Version);
        return InitiativeResponse.After(write.State, write.Events, write.Version);
    }
}
