using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Initiatives;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Initiatives;

/// <param name="By">The partner giving the support: an organisation's name.</param>
/// <param name="AmountCents">Financial support only: the funds obtained, in euro cents.</param>
/// <param name="Fund">Financial support only: the fund the money came from ("Fonds de participation des habitants").</param>
/// <param name="SupportId">Optional; a retry with the same id and the same facts appends nothing.</param>
public sealed record SupportInitiativeRequest(
    SupportKind Kind,
    string By,
    LocalDate SupportedOn,
    long? AmountCents = null,
    string? Fund = null,
    Guid? SupportId = null);

public sealed class SupportInitiativeValidator : AbstractValidator<SupportInitiativeRequest>
{
    public SupportInitiativeValidator()
    {
        RuleFor(r => r.By).NotEmpty().MaximumLength(200);
        RuleFor(r => r.AmountCents).GreaterThan(0);
        RuleFor(r => r.Fund).MaximumLength(200);
        RuleFor(r => r.SupportId).NotEqual(Guid.Empty);
    }
}

public static class SupportInitiativeEndpoint
{
    private static readonly SupportInitiativeValidator Validator = new();

    public static ProblemDetails Validate(SupportInitiativeRequest request) => Validator.Check(request);

    [WolverinePost("/initiatives/{id}/supports")]
    [Tags("Initiatives")]
    [EndpointSummary("Record a methodological, logistical or financial support to an initiative in progress")]
    public static async Task<InitiativeResponse> Post(
        Guid id,
        SupportInitiativeRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new SupportInitiative(
            request.SupportId ?? Guid.CreateVersion7(), request.Kind, request.By, request.AmountCents, request.Fund, request.SupportedOn);

        var write = await session.Decide<Initiative>(id, ifMatch, "Initiative",
            initiative => InitiativeDecider.Support(initiative, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);

        response.WriteETag(write.Version);
        return InitiativeResponse.After(write.State, write.Events, write.Version);
    }
}
