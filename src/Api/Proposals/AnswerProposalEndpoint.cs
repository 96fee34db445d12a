using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Proposals;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Proposals;

/// <param name="AnsweredBy">The partner that answered ("Mairie du 18e"), not a person.</param>
public sealed record AnswerProposalRequest(ProposalOutcome Outcome, string AnswerText, string AnsweredBy, LocalDate AnsweredOn);

public sealed class AnswerProposalValidator : AbstractValidator<AnswerProposalRequest>
{
    public AnswerProposalValidator()
    {
        RuleFor(r => r.AnswerText).NotEmpty().MaximumLength(10_000);
        RuleFor(r => r.AnsweredBy).NotEmpty().MaximumLength(200);
    }
}

public static class AnswerProposalEndpoint
{
    private static readonly AnswerProposalValidator Validator = new();

    public static ProblemDetails Validate(AnswerProposalRequest request) => Validator.Check(request);

    [WolverinePost("/proposals/{id}/answer")]
    [Tags("Proposals")]
    [EndpointSummary("Record the partner's answer to an opinion or proposal (once)")]
    [EndpointDescription("Send the proposal's ETag in If-Match to refuse the write (412) if it changed since you read it.")]
    public static async Task<ProposalResponse> Post(
        Guid id,
        AnswerProposalRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new AnswerProposal(request.Outcome, request.AnswerText, request.AnsweredBy, request.AnsweredOn);
        var write = await session.Decide<Proposal>(id, ifMatch, "Proposal",
            proposal => ProposalDecider.Answer(proposal, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);

        response.WriteETag(write.Version);
        return ProposalResponse.From(write.Events.Aggregate(write.State, Proposal.Evolve) with { Version = write.Version });
    }
}
