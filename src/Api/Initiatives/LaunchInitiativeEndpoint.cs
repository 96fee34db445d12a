using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Initiatives;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Initiatives;

/// <param name="Id">Optional: a client that picks the id can retry safely (a second launch answers 409).</param>
public sealed record LaunchInitiativeRequest(string Title, string Description, LocalDate LaunchedOn, Guid? Id = null);

public sealed class LaunchInitiativeValidator : AbstractValidator<LaunchInitiativeRequest>
{
    public LaunchInitiativeValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Description).NotEmpty().MaximumLength(4000);
        RuleFor(r => r.Id).NotEqual(Guid.Empty);
    }
}

public static class LaunchInitiativeEndpoint
{
    private static readonly LaunchInitiativeValidator Validator = new();

    public static ProblemDetails Validate(LaunchInitiativeRequest request) => Validator.Check(request);

    [WolverinePost("/councils/{councilId}/initiatives")]
    [Tags("Initiatives")]
    [EndpointSummary("The council launches an initiative")]
    public static async Task<Created<InitiativeResponse>> Post(
        Guid councilId, LaunchInitiativeRequest request, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var council = await session.LoadCouncil(councilId, ct);
        var command = new LaunchInitiative(request.Id ?? Guid.CreateVersion7(), request.Title, request.Description, request.LaunchedOn);

        var launched = InitiativeDecider.Launch(council, command, ProgrammeCalendar.Today(clock.GetCurrentInstant()));
        var version = session.Start<Initiative>(launched.InitiativeId, [launched]);

        var initiative = Initiative.Evolve(null, launched) with { Version = version };
        response.WriteETag(version);
        return TypedResults.Created($"/initiatives/{initiative.Id}", InitiativeResponse.From(initiative));
    }
}
