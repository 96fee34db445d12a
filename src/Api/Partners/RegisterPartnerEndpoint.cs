using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Partners;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Partners;

/// <param name="ArrondissementCode">INSEE code 75101–75120; omitted for a city-wide partner.</param>
/// <param name="ContactRole">A role to ask for, never a person's name or contact details.</param>
/// <param name="Id">Optional: a client that picks the id can retry safely (a second registration answers 409).</param>
public sealed record RegisterPartnerRequest(
    string Name, PartnerKind Kind, LocalDate Since, string? ArrondissementCode = null, string? ContactRole = null, Guid? Id = null);

public sealed class RegisterPartnerValidator : AbstractValidator<RegisterPartnerRequest>
{
    public RegisterPartnerValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.ContactRole).MaximumLength(200);
        RuleFor(r => r.Id).NotEqual(Guid.Empty);
    }
}

public static class RegisterPartnerEndpoint
{
    private static readonly RegisterPartnerValidator Validator = new();

    public static ProblemDetails Validate(RegisterPartnerRequest request) => Validator.Check(request);

    [WolverinePost("/partners")]
    [Tags("Partners")]
    [EndpointSummary("Register a partner of the programme: an institution, association, social landlord or local actor")]
    public static async Task<Created<PartnerResponse>> Post(
        RegisterPartnerRequest request, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var command = new RegisterPartner(
            request.Id ?? Guid.CreateVersion7(), request.Name, request.Kind, request.ArrondissementCode, request.ContactRole, request.Since);
        var registered = PartnerDecider.Register(command, ProgrammeCalendar.Today(clock.GetCurrentInstant()));

        var version = session.Start<Partner>(registered.PartnerId, [registered]);

        var partner = Partner.Evolve(null, registered) with { Version = version };
        response.WriteETag(partner.Version);
        return TypedResults.Created($"/partners/{partner.Id}", PartnerResponse.From(partner));
    }
}
