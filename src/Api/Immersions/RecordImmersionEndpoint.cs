using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Immersions;
using ConseilsCitoyens.Domain.Partners;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Immersions;

/// <param name="Id">Optional: a client that picks the id can retry safely (a second record answers 409).</param>
public sealed record RecordImmersionRequest(
    Guid FacilitatorId, Guid PartnerId, LocalDate On, decimal DurationHours, string Outcome, string? FollowUp = null, Guid? Id = null);

public sealed class RecordImmersionValidator : AbstractValidator<RecordImmersionRequest>
{
    public RecordImmersionValidator()
    {
        RuleFor(r => r.FacilitatorId).NotEqual(Guid.Empty);
        RuleFor(r => r.PartnerId).NotEqual(Guid.Empty);
        RuleFor(r => r.Outcome).NotEmpty().MaximumLength(4000);
        RuleFor(r => r.FollowUp).MaximumLength(2000);
        RuleFor(r => r.Id).NotEqual(Guid.Empty);
    }
}

public static class RecordImmersionEndpoint
{
    private static readonly RecordImmersionValidator Validator = new();

    public static ProblemDetails Validate(RecordImmersionRequest request) => Validator.Check(request);

    [WolverinePost("/immersions")]
    [Tags("Immersions")]
    [EndpointSummary("Record a facilitator's immersion with a partner (interconnaissance); a weekend or holiday is reported")]
    public static async Task<Created<ImmersionResponse>> Post(RecordImmersionRequest request, IDocumentSession session,
        IClock clock, WorkingCalendar calendar, HttpResponse response, CancellationToken ct)
    {
        await session.LoadTeamMember(request.FacilitatorId, ct);
        var partner = await session.LoadAsync<Partner>(request.PartnerId, ct) ?? throw new ResourceNotFound($"Partner {request.PartnerId}");
        var command = new RecordImmersion(
            request.Id ?? Guid.CreateVersion7(), request.FacilitatorId, request.On, request.DurationHours, request.Outcome, request.FollowUp);

        var events = ImmersionDecider.Record(partner, command, ProgrammeCalendar.Today(clock.GetCurrentInstant()), calendar);
        var version = session.Start<Immersion>(command.ImmersionId, events);

        var immersion = events.Aggregate((Immersion?)null, Immersion.Evolve)! with { Version = version };
        response.WriteETag(immersion.Version);
        return TypedResults.Created($"/immersions/{immersion.Id}", ImmersionResponse.From(immersion));
    }
}
