using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Councils;

public sealed record ArrangeHostingRequest(HostingKind Kind, string HostName, LocalDate On);

public sealed class ArrangeHostingValidator : AbstractValidator<ArrangeHostingRequest>
{
    public ArrangeHostingValidator() => RuleFor(r => r.HostName).NotEmpty().MaximumLength(200);
}

public static class ArrangeHostingEndpoint
{
    private static readonly ArrangeHostingValidator Validator = new();

    public static ProblemDetails Validate(ArrangeHostingRequest request) => Validator.Check(request);

    [WolverinePost("/councils/{councilId}/hosting")]
    [Tags("Councils")]
    [EndpointSummary("Set or change who hosts the council: its own association, a host structure, or the municipality")]
    public static async Task<CouncilWritten> Post(Guid councilId, ArrangeHostingRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var write = await session.Decide<Council>(councilId, ifMatch, "Council",
            council => CouncilDecider.ArrangeHosting(council, new ArrangeHosting(request.Kind, request.HostName, request.On),
                ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return CouncilWritten.From(councilId, write, response);
    }
}
