using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Proposals;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Proposals;

/// <param name="DissentingViews">Required when there was no consensus (rule 14), absent or empty otherwise.</param>
/// <param name="AddressedTo">The partner the council addresses ("Mairie du 18e", "Bailleur").</param>
public sealed record FileProposalRequest(
    ProposalKind Kind,
    string Subject,
    string MajorityPosition,
    bool ReachedByConsensus,
    string AddressedTo,
    LocalDate FiledOn,
    IReadOnlyList<string>? DissentingViews = null,
    Guid? Id = null);

public sealed class FileProposalValidator : AbstractValidator<FileProposalRequest>
{
    public FileProposalValidator()
    {
        RuleFor(r => r.Subject).NotEmpty().MaximumLength(300);
        RuleFor(r => r.MajorityPosition).NotEmpty().MaximumLength(10_000);
        RuleFor(r => r.AddressedTo).NotEmpty().MaximumLength(200);
        RuleFor(r => r.DissentingViews).Must(v => v!.Count <= 50).WithMessage("At most 50 dissenting views.").When(r => r.DissentingViews is not null);
        RuleForEach(r => r.DissentingViews).NotEmpty().MaximumLength(10_000);
        RuleFor(r => r.Id).NotEqual(Guid.Empty);
    }
}

public static class FileProposalEndpoint
{
    private static readonly FileProposalValidator Validator = new();

    public static ProblemDetails Validate(FileProposalRequest request) => Validator.Check(request);

    [WolverinePost("/councils/{councilId}/proposals")]
    [Tags("Proposals")]
    [EndpointSummary("File a council's opinion or proposal to a partner, with the dissenting views when there was no consensus")]
    public static async Task<Created<ProposalResponse>> Post(
        Guid councilId, FileProposalRequest request, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var council = await session.LoadCouncil(councilId, ct);
        var command = new FileProposal(request.Id ?? Guid.CreateVersion7(), request.Kind, request.Subject, request.MajorityPosition,
            request.ReachedByConsensus, request.DissentingViews ?? [], request.AddressedTo, request.FiledOn);

        var filed = ProposalDecider.File(council, command, ProgrammeCalendar.Today(clock.GetCurrentInstant()));

        var version = session.Start<Proposal>(filed.ProposalId, [filed]);

        var proposal = Proposal.Evolve(null, filed) with { Version = version };
        response.WriteETag(proposal.Version);
        return TypedResults.Created($"/proposals/{proposal.Id}", ProposalResponse.From(proposal));
    }
}
