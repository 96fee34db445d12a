using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Partners;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Partners;

public sealed record ClosePartnerRequest(LocalDate ClosedOn, string? Reason = null);

public sealed class ClosePartnerValidator : AbstractValidator<ClosePartnerRequest>
{
    public ClosePartnerValidator() => RuleFor(r => r.Reason).MaximumLength(500);
}

public static class ClosePartnerEndpoint
{
    private static readonly ClosePartnerValidator Validator = new();

    public static ProblemDetails Validate(ClosePartnerRequest request) => Validator.Check(request);

    [WolverinePost("/partners/{id}/closure")]
    [Tags("Partners")]
    [EndpointSummary("Record that an organisation is no longer a partner of the programme")]
    public static async Task<PartnerResponse> Post(Guid id, ClosePartnerRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var write = await session.Decide<Partner>(id, ifMatch, "Partner",
            partner => PartnerDecider.Close(partner, new ClosePartner(request.ClosedOn, request.Reason), ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return PartnerResponse.From(write, response);
    }
}
