using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Initiatives;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Initiatives;

public sealed record DropInitiativeRequest(string Reason, LocalDate DroppedOn);

public sealed class DropInitiativeValidator : AbstractValidator<DropInitiativeRequest>
{
    public DropInitiativeValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(4000);
}

public static class DropInitiativeEndpoint
{
    private static readonly DropInitiativeValidator Validator = new();

    public static ProblemDetails Validate(DropInitiativeRequest request) => Validator.Check(request);

    [WolverinePost("/initiatives/{id}/abandonment")]
    [Tags("Initiatives")]
    [EndpointSummary("Record that the council dropped an initiative, and why")]
    public static async Task<InitiativeResponse> Post(
        Guid id,
        DropInitiativeRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new DropInitiative(request.Reason, request.DroppedOn);

        var write = await session.Decide<Initiative>(id, ifMatch, "Initiative",
            initiative => InitiativeDecider.Drop(initiative, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);

        response.WriteETag(write.Version);
        return InitiativeResponse.After(write.State, write.Events, write.Version);
    }
}
