using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Quartiers;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Diagnostics;

/// <param name="Id">The id of a priority carried over from an earlier version; omitted for a new priority.</param>
public sealed record PriorityRequest(string Statement, PrioritySource Source, string? SourceDetail = null, Guid? Id = null);

public sealed record PublishDiagnosticVersionRequest(LocalDate PublishedOn, IReadOnlyList<string> Findings, IReadOnlyList<PriorityRequest> Priorities);

public sealed class PublishDiagnosticVersionValidator : AbstractValidator<PublishDiagnosticVersionRequest>
{
    public PublishDiagnosticVersionValidator()
    {
        RuleFor(r => r.Findings).NotNull().Must(f => f.Count <= 100).WithMessage("At most 100 findings.");
        RuleForEach(r => r.Findings).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.Priorities).NotNull().Must(p => p.Count <= 50).WithMessage("At most 50 priorities.");
        RuleForEach(r => r.Priorities).NotNull().ChildRules(p =>
        {
            p.RuleFor(x => x.Statement).NotEmpty().MaximumLength(1000);
            p.RuleFor(x => x.SourceDetail).MaximumLength(200);
            p.RuleFor(x => x.Id).NotEqual(Guid.Empty);
        });
    }
}

public static class PublishDiagnosticVersionEndpoint
{
    private static readonly PublishDiagnosticVersionValidator Validator = new();

    public static ProblemDetails Validate(PublishDiagnosticVersionRequest request) => Validator.Check(request);

    [WolverinePost("/quartiers/{code}/diagnostic/versions")]
    [Tags("Territory diagnostics")]
    [EndpointSummary("Publish a new version of the quartier's territory diagnostic: findings and priorities (201 the first time)")]
    public static async Task<Results<Created<DiagnosticResponse>, Ok<DiagnosticResponse>>> Post(string code, PublishDiagnosticVersionRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var quartier = await session.LoadAsync<Quartier>(Quartier.StreamIdFor(code), ct) ?? throw new ResourceNotFound($"Quartier {code}");
        var id = TerritoryDiagnostic.StreamIdFor(quartier.Code);
        var today = ProgrammeCalendar.Today(clock.GetCurrentInstant());
        var command = new PublishDiagnosticVersion(request.PublishedOn, request.Findings,
            request.Priorities.Select(p => new PriorityDraft(p.Id, p.Statement, p.Source, p.SourceDetail)).ToArray());

        if (await session.LoadAsync<TerritoryDiagnostic>(id, ct) is null)
        {
            Versions.CheckExpected(Versions.ExpectedVersion(ifMatch), 0, $"The diagnostic of {quartier.Code}");
            var events = DiagnosticDecider.Publish(null, quartier, command, today, Guid.CreateVersion7);
            // Two first publications racing: the second collides on the stream id and answers 409.
            var version = session.Start<TerritoryDiagnostic>(id, events);
            var first = events.Aggregate((TerritoryDiagnostic?)null, TerritoryDiagnostic.Evolve)! with { Version = version };
            response.WriteETag(version);
            return TypedResults.Created(DiagnosticResponse.UrlOf(quartier.Code), DiagnosticResponse.From(first));
        }

        var write = await session.Decide<TerritoryDiagnostic>(id, ifMatch, $"The diagnostic of {quartier.Code}",
            diagnostic => DiagnosticDecider.Publish(diagnostic, quartier, command, today, Guid.CreateVersion7), ct);
        var current = write.Events.Aggregate(write.State, TerritoryDiagnostic.Evolve) with { Version = write.Version };
        response.WriteETag(write.Version);
        return TypedResults.Ok(DiagnosticResponse.From(current));
    }
}
