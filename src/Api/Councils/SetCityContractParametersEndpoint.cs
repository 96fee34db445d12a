using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Councils;

public sealed record SetCityContractParametersRequest(int MandateMonths, int MaxUnjustifiedAbsences, LocalDate On);

public sealed class SetCityContractParametersValidator : AbstractValidator<SetCityContractParametersRequest>
{
    public SetCityContractParametersValidator()
    {
        RuleFor(r => r.MandateMonths).InclusiveBetween(6, 120);
        RuleFor(r => r.MaxUnjustifiedAbsences).InclusiveBetween(1, 50);
    }
}

public static class SetCityContractParametersEndpoint
{
    private static readonly SetCityContractParametersValidator Validator = new();

    public static ProblemDetails Validate(SetCityContractParametersRequest request) => Validator.Check(request);

    [WolverinePost("/councils/{councilId}/parameters")]
    [Tags("Councils")]
    [EndpointSummary("Set the city contract's parameters for the council: mandate length and absences before replacement (rule 11)")]
    public static async Task<CouncilWritten> Post(Guid councilId, SetCityContractParametersRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var write = await session.Decide<Council>(councilId, ifMatch, "Council",
            council => CouncilDecider.SetCityContractParameters(council, new SetCityContractParameters(request.MandateMonths, request.MaxUnjustifiedAbsences, request.On), ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return CouncilWritten.From(councilId, write, response);
    }
}
