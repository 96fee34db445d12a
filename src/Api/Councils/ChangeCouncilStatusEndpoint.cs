using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Councils;

public sealed record ChangeCouncilStatusRequest(CouncilStatus Status, string Reason, LocalDate On);

public sealed class ChangeCouncilStatusValidator : AbstractValidator<ChangeCouncilStatusRequest>
{
    public ChangeCouncilStatusValidator()
    {
        RuleFor(r => r.Reason).NotNull().MaximumLength(500);
    }
}

public static class ChangeCouncilStatusEndpoint
{
    private static readonly ChangeCouncilStatusValidator Validator = new();

    public static ProblemDetails Validate(ChangeCouncilStatusRequest request) => Validator.Check(request);

    [WolverinePost("/councils/{councilId}/status")]
    [Tags("Councils")]
    [EndpointSummary("Change the council's status: active, inactive, in renewal or dissolved, with the reason")]
    public static async Task<CouncilWritten> Post(Guid councilId, ChangeCouncilStatusRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var write = await session.Decide<Council>(councilId, ifMatch, "Council",
            council => CouncilDecider.ChangeStatus(council, new ChangeStatus(request.Status, request.Reason, request.On), ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return CouncilWritten.From(councilId, write, response);
    }
}
