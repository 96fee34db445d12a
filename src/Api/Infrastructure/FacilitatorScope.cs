using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Team;
using Marten;
using JasperFx.Events;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// A facilitator writes only for the councils assigned to them on the command's business date
/// (README, "Security"). Their token's <c>sub</c> is their team member id. The check runs once for
/// every write, at commit, on the events about to be appended (<see cref="WriteScope"/> says which
/// council and date each names): refused, the whole commit is dropped and the caller gets 403.
/// Coordinators and administrators are not restricted.
/// </summary>
public static class FacilitatorScope
{
    public static void Before(HttpContext context, IDocumentSession session)
    {
        var roles = context.User.FindAll(Authentication.RoleClaim).Select(claim => claim.Value).ToHashSet();
        if (roles.Contains(Roles.Facilitator) && !roles.Contains(Roles.Coordinator) && !roles.Contains(Roles.Administrator))
            session.Listeners.Add(new Check(context.User.FindFirst(Authentication.SubjectClaim)?.Value));
    }

    private sealed class Check(string? subject) : DocumentSessionListenerBase
    {
        public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            var streams = session.PendingChanges.Streams().ToArray();
            if (streams.Length == 0)
                return;
            if (!Guid.TryParse(subject, out var memberId))
                throw new OutsideAssignment($"A facilitator's token names them by their team member id (claim sub); '{subject}' is not one.");
            var facilitator = await session.LoadAsync<Facilitator>(memberId, token)
                ?? throw new OutsideAssignment($"No team member {memberId}: a facilitator's token names them by their team member id.");

            foreach (var e in streams.SelectMany(stream => stream.Events))
                await Judge(session, facilitator, e.Data, token);
        }

        private static async Task Judge(IDocumentSession session, Facilitator facilitator, object data, CancellationToken token)
        {
            var scope = WriteScope.Of(data)
                ?? throw new OutsideAssignment($"A facilitator does not record {data.GetType().Name}.");
            if (ReferenceEquals(scope, WriteScope.Consequence))
                return;
            if (scope.FacilitatorId is { } owner && owner != facilitator.Id)
                throw new OutsideAssignment($"Team member {facilitator.Id} records only their own activity, not team member {owner}'s.");
            if (scope.QuartierCode is { } code)
            {
                var councils = await session.LoadManyAsync<Council>(token, facilitator.AssignmentsOn(scope.On).Select(a => a.CouncilId).ToArray());
                if (!councils.Any(c => c.QuartierCodes.Contains(code)))
                    throw new OutsideAssignment($"Team member {facilitator.Id} is assigned on {scope.On:yyyy-MM-dd} to no council of quartier {code}.");
            }
            foreach (var councilId in scope.Councils.Where(c => !facilitator.IsAssignedTo(c, scope.On)))
                throw new OutsideAssignment($"Team member {facilitator.Id} is not assigned to council {councilId} on {scope.On:yyyy-MM-dd}: a facilitator writes only for the councils assigned to them on the command's date.");
        }
    }
}

internal sealed class OutsideAssignment(string message) : Exception(message);
