using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Partners;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Partners;

/// <summary>The partner's whole description: an omitted arrondissement makes it city-wide, an omitted contact role removes it.</summary>
public sealed record UpdatePartnerRequest(string Name, PartnerKind Kind, string? ArrondissementCode = null, string? ContactRole = null);

public sealed class UpdatePartnerValidator : AbstractValidator<UpdatePartnerRequest>
{
    public UpdatePartnerValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.ContactRole).MaximumLength(200);
    }
}

public static class UpdatePartnerEndpoint
{
    private static readonly UpdatePartnerValidator Validator = new();

    public static ProblemDetails Validate(UpdatePartnerRequest request) => Validator.Check(request);

    [WolverinePost("/partners/{id}/details")]
    [Tags("Partners")]
    [EndpointSummary("Update a partner's name, kind, arrondissement or contact role (the same description again changes nothing)")]
    public static async Task<PartnerResponse> Post(Guid id, UpdatePartnerRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var command = new UpdatePartner(request.Name, request.Kind, request.ArrondissementCode, request.ContactRole);
        var write = await session.Decide<Partner>(id, ifMatch, "Partner",
            partner => PartnerDecider.Update(partner, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return PartnerResponse.From(write, response);
    }
}
