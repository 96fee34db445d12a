using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Conventions;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Conventions;

/// <param name="Sponsors">The commissioning organisations, e.g. "Préfecture de Paris", "Ville de Paris".</param>
/// <param name="ContractType">Free text, e.g. "convention d'objectifs".</param>
/// <param name="SignedOn">Optional: today when omitted.</param>
/// <param name="Id">Optional: a client that picks the id can retry safely (a second signature answers 409).</param>
public sealed record SignConventionRequest(
    string Title,
    IReadOnlyList<string> Sponsors,
    string CoordinatingPartner,
    string ContractType,
    LocalDate StartsOn,
    int DurationYears,
    IReadOnlyList<string> Objectives,
    LocalDate? SignedOn = null,
    Guid? Id = null);

public sealed class SignConventionValidator : AbstractValidator<SignConventionRequest>
{
    public SignConventionValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(300);
        RuleFor(r => r.Sponsors).NotNull().Must(s => s.Count <= 20).WithMessage("At most 20 sponsors.");
        RuleForEach(r => r.Sponsors).NotEmpty().MaximumLength(200);
        RuleFor(r => r.CoordinatingPartner).NotEmpty().MaximumLength(200);
        RuleFor(r => r.ContractType).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Objectives).NotNull().Must(o => o.Count <= 50).WithMessage("At most 50 objectives.");
        RuleForEach(r => r.Objectives).NotEmpty().MaximumLength(1000);
        RuleFor(r => r.Id).NotEqual(Guid.Empty);
    }
}

public static class SignConventionEndpoint
{
    private static readonly SignConventionValidator Validator = new();

    public static ProblemDetails Validate(SignConventionRequest request) => Validator.Check(request);

    [WolverinePost("/conventions")]
    [Tags("Conventions")]
    [EndpointSummary("Record the signed convention d'objectifs: sponsors, coordinating partner, period and objectives")]
    public static async Task<Created<ConventionResponse>> Post(
        SignConventionRequest request, IDocumentSession session, IClock clock, WorkingCalendar calendar, HttpResponse response, CancellationToken ct)
    {
        var today = ProgrammeCalendar.Today(clock.GetCurrentInstant());
        var command = new SignConvention(request.Id ?? Guid.CreateVersion7(), request.Title, request.Sponsors, request.CoordinatingPartner,
            request.ContractType, request.SignedOn ?? today, request.StartsOn, request.DurationYears, request.Objectives);

        var events = ConventionDecider.Sign(command, calendar, today);
        var version = session.Start<Convention>(command.ConventionId, events);

        var convention = events.Aggregate((Convention?)null, Convention.Evolve)! with { Version = version };
        response.WriteETag(version);
        return TypedResults.Created($"/conventions/{convention.Id}", ConventionResponse.From(convention));
    }
}
