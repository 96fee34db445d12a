using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Interpellations;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Interpellations;

public sealed record ReferInterpellationRequest(string Subject, string Difficulties, LocalDate ReferredOn, Guid? Id = null);

public sealed class ReferInterpellationValidator : AbstractValidator<ReferInterpellationRequest>
{
    public ReferInterpellationValidator()
    {
        RuleFor(r => r.Subject).NotEmpty().MaximumLength(300);
        RuleFor(r => r.Difficulties).NotEmpty().MaximumLength(20_000);
        RuleFor(r => r.Id).NotEqual(Guid.Empty);
    }
}

public static class ReferInterpellationEndpoint
{
    private static readonly ReferInterpellationValidator Validator = new();

    public static ProblemDetails Validate(ReferInterpellationRequest request) => Validator.Check(request);

    [WolverinePost("/councils/{councilId}/interpellations")]
    [Tags("Interpellations")]
    [EndpointSummary("The council refers difficulties to the préfet (right of interpellation, from 29 January 2017)")]
    public static async Task<Created<InterpellationResponse>> Post(
        Guid councilId, ReferInterpellationRequest request, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var council = await session.LoadCouncil(councilId, ct);
        var command = new ReferInterpellation(request.Id ?? Guid.CreateVersion7(), request.Subject, request.Difficulties, request.ReferredOn);

        var referred = InterpellationDecider.Refer(council, command, ProgrammeCalendar.Today(clock.GetCurrentInstant()));

        var version = session.Start<Interpellation>(referred.InterpellationId, [referred]);

        var interpellation = Interpellation.Evolve(null, referred) with { Version = version };
        response.WriteETag(interpellation.Version);
        return TypedResults.Created($"/interpellations/{interpellation.Id}", InterpellationResponse.From(interpellation));
    }
}
