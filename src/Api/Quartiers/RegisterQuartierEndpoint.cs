using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Quartiers;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Quartiers;

public sealed record RegisterQuartierRequest(string Code, string Name, string ArrondissementCode, MapGeneration Generation);

public sealed class RegisterQuartierValidator : AbstractValidator<RegisterQuartierRequest>
{
    public RegisterQuartierValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(16);
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.ArrondissementCode).NotEmpty().MaximumLength(5);
    }
}

public static class RegisterQuartierEndpoint
{
    private static readonly RegisterQuartierValidator Validator = new();

    public static ProblemDetails Validate(RegisterQuartierRequest request) => Validator.Check(request);

    [WolverinePost("/quartiers")]
    [Tags("Quartiers")]
    [EndpointSummary("Register a priority neighbourhood (QPV) of one map generation")]
    public static Created<QuartierResponse> Post(RegisterQuartierRequest request, IDocumentSession session, HttpResponse response)
    {
        var registered = Quartier.Register(
            new RegisterQuartier(request.Code, request.Name, request.ArrondissementCode, request.Generation));

        session.Events.StartStream<Quartier>(registered.QuartierId, registered);

        var quartier = Quartier.Evolve(null, registered);
        response.WriteETag(1);
        return TypedResults.Created($"/quartiers/{quartier.Code}", QuartierResponse.From(quartier));
    }
}
