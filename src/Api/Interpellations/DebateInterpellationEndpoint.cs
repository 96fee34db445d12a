using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Interpellations;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Interpellations;

// Only a date: its shape is checked by the JSON reader alone.
public sealed record DebateInterpellationRequest(LocalDate DebatedOn);

public static class DebateInterpellationEndpoint
{
    public static ProblemDetails Validate(DebateInterpellationRequest? request) => Validation.BodyRequired(request);

    [WolverinePost("/interpellations/{id}/debate")]
    [Tags("Interpellations")]
    [EndpointSummary("The interpellation was debated on the municipal council's agenda")]
    [EndpointDescription("Send the interpellation's ETag in If-Match to refuse the write (412) if it changed since you read it. A step the procedure does not allow at the current stage answers 422 interpellation.illegal-transition.")]
    public static async Task<InterpellationResponse> Post(
        Guid id,
        DebateInterpellationRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new DebateInterpellation(request.DebatedOn);
        var write = await session.Decide<Interpellation>(id, ifMatch, "Interpellation",
            interpellation => InterpellationDecider.Debate(interpellation, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);

        response.WriteETag(write.Version);
        return InterpellationResponse.From(write.Events.Aggregate(write.State, Interpellation.Evolve) with { Version = write.Version });
    }
}
