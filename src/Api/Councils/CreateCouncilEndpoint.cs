using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Quartiers;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Councils;

/// <param name="Id">Optional: a client that picks the id can retry safely (a second create answers 409).</param>
public sealed record CreateCouncilRequest(string Name, IReadOnlyList<string> QuartierCodes, LocalDate CreatedOn, Guid? Id = null);

public sealed class CreateCouncilValidator : AbstractValidator<CreateCouncilRequest>
{
    public CreateCouncilValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.QuartierCodes).NotNull().Must(c => c.Count <= 50).WithMessage("At most 50 quartiers.");
        RuleForEach(r => r.QuartierCodes).NotEmpty().MaximumLength(16);
        RuleFor(r => r.Id).NotEqual(Guid.Empty);
    }
}

public static class CreateCouncilEndpoint
{
    private static readonly CreateCouncilValidator Validator = new();

    public static ProblemDetails Validate(CreateCouncilRequest request) => Validator.Check(request);

    [WolverinePost("/councils")]
    [Tags("Councils")]
    [EndpointSummary("Create a citizen council covering one or more quartiers")]
    public static async Task<Created<CouncilResponse>> Post(
        CreateCouncilRequest request, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var known = await session.LoadManyAsync<Quartier>(ct, request.QuartierCodes.Select(Quartier.StreamIdFor).Distinct());
        var command = new CreateCouncil(request.Id ?? Guid.CreateVersion7(), request.Name, request.QuartierCodes, request.CreatedOn);

        var created = CouncilDecider.Create(
            command, known.Select(q => q.Code).ToHashSet(), ProgrammeCalendar.Today(clock.GetCurrentInstant()));

        var version = session.Start<Council>(created.CouncilId, [created]);

        var council = Council.Evolve(null, created) with { Version = version };
        response.WriteETag(council.Version);
        return TypedResults.Created($"/councils/{council.Id}", CouncilResponse.From(council));
    }
}
