using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Proposals;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace ConseilsCitoyens.Api.Proposals;

public sealed record WithdrawProposalRequest(string Reason, LocalDate WithdrawnOn);

public sealed class WithdrawProposalValidator : AbstractValidator<WithdrawProposalRequest>
{
    public WithdrawProposalValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(2_000);
}

public static class WithdrawProposalEndpoint
{
    private static readonly WithdrawProposalValidator Validator = new();

    public static ProblemDetails Validate(WithdrawProposalRequest request) => Validator.Check(request);

    [WolverinePost("/proposals/{id}/withdrawal")]
    [Tags("Proposals")]
    [EndpointSummary("The council withdraws an opinion or proposal that has not been answered")]
    [EndpointDescription("Send the proposal's ETag in If-Match to refuse the write (412) if it changed since you read it.")]
    public static async Task<ProposalResponse> Post(
        Guid id,
        WithdrawProposalRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        IDocumentSession session,
        IClock clock,
        HttpResponse response,
        CancellationToken ct)
    {
        var command = new WithdrawProposal(request.Reason, request.WithdrawnOn);
        var write = await session.Decide<Proposal>(id, ifMatch, "Proposal",
            proposal => ProposalDecider.Withdraw(proposal, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct);

        response.WriteETag(write.Version);
        return ProposalResponse.From(write.Events.Aggregate(write.State, Proposal.Evolve) with { Version = write.Version });
    }
}
