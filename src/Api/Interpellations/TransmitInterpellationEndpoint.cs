using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Interpellations;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Interpellations;

/// <param name="Recipients">Who the préfet transmitted to: the mayor, the EPCI, the signatories (institutions).</param>
public sealed record TransmitInterpellationRequest(IReadOnlyList<string> Recipients, LocalDate TransmittedOn);

public sealed class TransmitInterpellationValidator : AbstractValidator<TransmitInterpellationRequest>
{
    public TransmitInterpellationValidator()
    {
        RuleFor(r => r.Recipients).NotEmpty().Must(r => r.Count <= 50).WithMessage("At most 50 recipients.");
        RuleForEach(r => r.Recipients).NotEmpty().MaximumLength(200);
    }
}

public static class TransmitInterpellationEndpoint
{
    private static readonly TransmitInterpellationValidator Validator = new();

    public static ProblemDetails Validate(TransmitInterpellationRequest request) => Validator.Check(request);

    [WolverinePost("/interpellations/{id}/transmission")]
    [Tags("Interpellations")]
    [EndpointSummary("The préfet transmitted the referral to the mayor, the EPCI and the contract's signatories")]
    [EndpointDescription("Send the interpellation's ETag in If-Match to refuse the write (412) if it changed since you read it. A step the procedure does not allow at the current stage answers 422 interpellation.illegal-transition.")]
    public static async Task<InterpellationResponse> Post(
        Guid id,
        TransmitInterpellationRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new TransmitInterpellation(request.Recipients, request.TransmittedOn);
        var write = await session.Decide<Interpellation>(id, ifMatch, "Interpellation",
            interpellation => InterpellationDecider.Transmit(interpellation, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);

        response.WriteETag(write.Version);
        return InterpellationResponse.From(write.Events.Aggregate(write.State, Interpellation.Evolve) with { Version = write.Version });
    }
}
