using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Drawings;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Drawings;

/// <param name="Seed">The string the council chose and published (e.g. drawn in public) that drives the drawing.</param>
/// <param name="Candidates">Pseudonymous ids only: the lists and names stay with the council.</param>
/// <param name="Id">Optional: a client that picks the id can retry safely (a second drawing with it answers 409).</param>
public sealed record HoldDrawingRequest(
    LocalDate HeldOn,
    IReadOnlyList<DrawingList> Lists,
    string Seed,
    IReadOnlyList<Candidate> Candidates,
    DrawingSeats Seats,
    Guid? Id = null);

public sealed class HoldDrawingValidator : AbstractValidator<HoldDrawingRequest>
{
    public HoldDrawingValidator()
    {
        RuleFor(r => r.Seed).NotEmpty().MaximumLength(500);
        RuleFor(r => r.Lists).NotNull().Must(l => l.Count <= 20).WithMessage("At most 20 lists.");
        RuleForEach(r => r.Lists).NotNull().ChildRules(list =>
        {
            list.RuleFor(l => l.Kind).IsInEnum();
            list.RuleFor(l => l.Label).NotEmpty().MaximumLength(200);
            list.RuleFor(l => l.ContentHash).Matches("^[0-9a-fA-F]{64}$").WithMessage("The hex SHA-256 of the list file (64 hex digits).");
            list.RuleFor(l => l.Size).GreaterThan(0);
        });
        RuleFor(r => r.Candidates).NotNull().Must(c => c.Count <= 10_000).WithMessage("At most 10 000 candidates.");
        RuleForEach(r => r.Candidates).NotNull().ChildRules(candidate =>
        {
            candidate.RuleFor(c => c.CandidateId).NotEqual(Guid.Empty);
            candidate.RuleFor(c => c.Gender).IsInEnum();
            candidate.RuleFor(c => c.List).NotEmpty().MaximumLength(200);
        });
        RuleFor(r => r.Seats).NotNull();
        RuleFor(r => r.Id).NotEqual(Guid.Empty);
    }
}

public static class HoldDrawingEndpoint
{
    private static readonly HoldDrawingValidator Validator = new();

    public static ProblemDetails Validate(HoldDrawingRequest request) => Validator.Check(request);

    [WolverinePost("/councils/{councilId}/drawings")]
    [Tags("Drawings")]
    [EndpointSummary("Hold a drawing by lot of the council's residents: the server draws from the seed and records the result")]
    public static async Task<Created<DrawingResponse>> Post(
        Guid councilId, HoldDrawingRequest request, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var council = await session.LoadCouncil(councilId, ct);
        var command = new HoldDrawing(request.Id ?? Guid.CreateVersion7(), request.HeldOn, request.Lists, request.Seed,
            request.Candidates, request.Seats);

        var events = DrawingDecider.Hold(council, command, ProgrammeCalendar.Today(clock.GetCurrentInstant()));
        var version = session.Start<Drawing>(command.DrawingId, events);

        var drawing = events.Aggregate((Drawing?)null, Drawing.Evolve)! with { Version = version };
        response.WriteETag(drawing.Version);
        return TypedResults.Created($"/drawings/{drawing.Id}", DrawingResponse.From(drawing));
    }
}
