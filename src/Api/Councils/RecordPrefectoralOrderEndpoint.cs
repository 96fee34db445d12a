using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Councils;

public sealed record RecordPrefectoralOrderRequest(string Reference, LocalDate SignedOn, IReadOnlyList<Guid> RecognisedMemberIds, string? SupportingStructure = null);

public sealed class RecordPrefectoralOrderValidator : AbstractValidator<RecordPrefectoralOrderRequest>
{
    public RecordPrefectoralOrderValidator()
    {
        RuleFor(r => r.Reference).NotEmpty().MaximumLength(100);
        RuleFor(r => r.RecognisedMemberIds).NotNull().Must(ids => ids.Count <= 200).WithMessage("At most 200 members.");
        RuleFor(r => r.SupportingStructure).MaximumLength(200);
    }
}

public static class RecordPrefectoralOrderEndpoint
{
    private static readonly RecordPrefectoralOrderValidator Validator = new();

    public static ProblemDetails Validate(RecordPrefectoralOrderRequest request) => Validator.Check(request);

    [WolverinePost("/councils/{councilId}/prefectoral-orders")]
    [Tags("Councils")]
    [EndpointSummary("Record the prefectoral order that recognises the council's composition (rule 9)")]
    public static async Task<CouncilWritten> Post(Guid councilId, RecordPrefectoralOrderRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var write = await session.Decide<Council>(councilId, ifMatch, "Council",
            council => CouncilDecider.RecordPrefectoralOrder(council, new RecordPrefectoralOrder(request.Reference, request.SignedOn, request.RecognisedMemberIds, request.SupportingStructure), ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);
        return CouncilWritten.From(councilId, write, response);
    }
}
