using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Conventions;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Conventions;

/// <param name="CouncilId">The council whose own target is revised; with neither this nor <paramref name="Arrondissement"/>, the programme's.</param>
/// <param name="Arrondissement">The arrondissement whose own target is revised.</param>
public sealed record ReviseYearlyTargetRequest(decimal Value, string Reason, LocalDate RevisedOn, Guid? CouncilId = null, string? Arrondissement = null);

public sealed class ReviseYearlyTargetValidator : AbstractValidator<ReviseYearlyTargetRequest>
{
    public ReviseYearlyTargetValidator() => RuleFor(r => r.Reason).NotNull().MaximumLength(1000);
}

public static class ReviseYearlyTargetEndpoint
{
    private static readonly ReviseYearlyTargetValidator Validator = new();

    public static ProblemDetails Validate(ReviseYearlyTargetRequest request) => Validator.Check(request);

    [WolverinePost("/conventions/{conventionId}/targets/{indicator}/{year}/revisions")]
    [Tags("Conventions")]
    [EndpointSummary("Revise a yearly target to a new value, for a stated reason; the previous values stay in its history")]
    [EndpointDescription("Revising to the value the target already has appends nothing.")]
    public static async Task<TargetWritten> Post(Guid conventionId, string indicator, int year, ReviseYearlyTargetRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, WorkingCalendar calendar,
        HttpResponse response, CancellationToken ct)
    {
        var scope = await session.TargetScopeOf(request.CouncilId, request.Arrondissement, ct);
        var command = new ReviseYearlyTarget(indicator, year, request.Value, request.Reason, request.RevisedOn, scope);
        var write = await session.Decide<Convention>(conventionId, ifMatch, "Convention",
            convention => ConventionDecider.ReviseTarget(convention, command, calendar, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return TargetWritten.From(write, indicator, year, scope, response);
    }
}
