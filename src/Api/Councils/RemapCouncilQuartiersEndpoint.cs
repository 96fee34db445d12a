using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Quartiers;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Councils;

public sealed record RemapCouncilQuartiersRequest(IReadOnlyList<string> QuartierCodes, MapGeneration Generation, LocalDate On);

public sealed class RemapCouncilQuartiersValidator : AbstractValidator<RemapCouncilQuartiersRequest>
{
    public RemapCouncilQuartiersValidator()
    {
        RuleFor(r => r.QuartierCodes).NotNull().Must(c => c.Count <= 50).WithMessage("At most 50 quartiers.");
        RuleForEach(r => r.QuartierCodes).NotEmpty().MaximumLength(16);
        RuleFor(r => r.Generation).IsInEnum();
    }
}

public static class RemapCouncilQuartiersEndpoint
{
    private static readonly RemapCouncilQuartiersValidator Validator = new();

    public static ProblemDetails Validate(RemapCouncilQuartiersRequest request) => Validator.Check(request);

    [WolverinePost("/councils/{councilId}/quartiers")]
    [Tags("Councils")]
    [EndpointSummary("Move the council to the quartiers of another map generation from a date (the 2024 map change); its former codes stay its codes before that date")]
    public static async Task<CouncilWritten> Post(Guid councilId, RemapCouncilQuartiersRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var known = await session.LoadManyAsync<Quartier>(ct,
            request.QuartierCodes.Select(code => Quartier.StreamIdFor(Quartier.Normalise(code))).Distinct());
        var command = new RemapQuartiers(request.QuartierCodes, request.Generation, request.On);
        var write = await session.Decide<Council>(councilId, ifMatch, "Council",
            council => CouncilDecider.RemapQuartiers(council, command, known, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return CouncilWritten.From(councilId, write, response);
    }
}
