using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Team;
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
    [EndpointDescription("A status change is not dated before the council's last one. A dissolution ends, that day and in the same write, "
        + "every running membership (departure reason councilDissolved) and every team member's assignment to the council.")]
    public static async Task<CouncilWritten> Post(Guid councilId, ChangeCouncilStatusRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, IDocumentSession session, IClock clock, HttpResponse response, CancellationToken ct)
    {
        var command = new ChangeStatus(request.Status, request.Reason, request.On);
        // LINQ cannot filter on NodaTime members; the team is a handful of people.
        var team = request.Status == CouncilStatus.Dissolved ? await session.Query<TeamMember>().ToListAsync(ct) : [];
        var write = await session.Decide<Council>(councilId, ifMatch, "Council",
            council => CouncilDecider.ChangeStatus(council, command, ProgrammeCalendar.Today(clock.GetCurrentInstant())), ct,
            alsoWrite: events => EndAssignmentsIfDissolved(session, councilId, team, events));
        return CouncilWritten.From(councilId, write, response);
    }

    // In the council's transaction: the dissolution and the end of the team's assignments are written whole or not at all.
    private static void EndAssignmentsIfDissolved(IDocumentSession session, Guid councilId, IReadOnlyList<TeamMember> team, IReadOnlyList<object> events)
    {
        if (events.OfType<CouncilStatusChanged>().FirstOrDefault(e => e.Status == CouncilStatus.Dissolved) is not { } dissolved)
            return;
        foreach (var member in team)
        {
            var ended = TeamMemberDecider.EndAssignmentsToDissolved(member, councilId, dissolved.On);
            // At the version read: a team member's stream changed since then fails the whole write (412, retry).
            if (ended.Count > 0)
                session.Events.Append(member.Id, member.Version + ended.Count, [.. ended]);
        }
    }
}
