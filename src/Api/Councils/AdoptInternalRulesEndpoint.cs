using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Councils;

public sealed record AdoptInternalRulesRequest(string Title, string DocumentHash, LocalDate AdoptedOn);

public sealed class AdoptInternalRulesValidator : AbstractValidator<AdoptInternalRulesRequest>
{
    public AdoptInternalRulesValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(200);
        RuleFor(r => r.DocumentHash).NotEmpty().MaximumLength(64);
    }
}

public static class AdoptInternalRulesEndpoint
{
    private static readonly AdoptInternalRulesValidator Validator = new();

    public static ProblemDetails Validate(AdoptInternalRulesRequest request) => Validator.Check(request);

    [WolverinePost("/councils/{councilId}/internal-rules")]
    [Tags("Councils")]
    [EndpointSummary("Adopt a new version of the council's internal rules or charter (rule 15)")]
    public static async Task<CouncilWritten> Post(Guid councilId, AdoptInternalRulesRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var write = await session.Decide<Council>(councilId, ifMatch, "Council",
            council => CouncilDecider.AdoptInternalRules(council, new AdoptInternalRules(request.Title, request.DocumentHash, request.AdoptedOn), ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return CouncilWritten.From(councilId, write, response);
    }
}
