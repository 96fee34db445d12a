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

/// <param name="IndicatorId">A known indicator id, e.g. "meetings-per-council".</param>
/// <param name="Year">The convention year, 1 to the convention's duration.</param>
/// <param name="SetOn">Optional: today when omitted.</param>
/// <param name="CouncilId">A council's own target; with neither this nor <paramref name="Arrondissement"/>, the programme's.</param>
/// <param name="Arrondissement">An arrondissement's own target (INSEE code, 75118).</param>
public sealed record SetYearlyTargetRequest(string IndicatorId, int Year, decimal Value, LocalDate? SetOn = null, Guid? CouncilId = null, string? Arrondissement = null);

public sealed class SetYearlyTargetValidator : AbstractValidator<SetYearlyTargetRequest>
{
    public SetYearlyTargetValidator() => RuleFor(r => r.IndicatorId).NotEmpty().MaximumLength(100);
}

public static class SetYearlyTargetEndpoint
{
    private static readonly SetYearlyTargetValidator Validator = new();

    public static ProblemDetails Validate(SetYearlyTargetRequest request) => Validator.Check(request);

    [WolverinePost("/conventions/{conventionId}/targets")]
    [Tags("Conventions")]
    [EndpointSummary("Set the target of an indicator for one convention year, for the programme or for one council (councilId) or arrondissement (an existing target is revised instead)")]
    public static async Task<TargetWritten> Post(Guid conventionId, SetYearlyTargetRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, WorkingCalendar calendar,
        HttpResponse response, CancellationToken ct)
    {
        var today = ProgrammeCalendar.Today(clock.GetCurrentInstant());
        var scope = await session.TargetScopeOf(request.CouncilId, request.Arrondissement, ct);
        var command = new SetYearlyTarget(request.IndicatorId, request.Year, request.Value, request.SetOn ?? today, scope);
        var write = await session.Decide<Convention>(conventionId, ifMatch, "Convention",
            convention => ConventionDecider.SetTarget(convention, command, calendar, today), ct);
        return TargetWritten.From(write, command.IndicatorId, command.Year, scope, response);
    }
}
