using System.Security.Claims;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.Team;
using Marten;
using JasperFx.Events;
using NodaTime;

namespace ConseilsCitoyens.Api.Infrastructure;

/// <summary>
/// A facilitator writes only for the councils assigned to them, on the command's business date and
/// on the day it arrives, within the back-dating window (<see cref="FacilitatorMandate"/>). Their
/// token's <c>sub</c> is their team member id. The check runs once for every write, at commit, on
/// the events about to be appended (<see cref="WriteScope"/> says which council and date each
/// names): refused, the whole commit is dropped and the caller gets 403. Coordinators and
/// administrators are not restricted.
/// </summary>
public static class FacilitatorScope
{
    public const string BackdatingDaysSetting = "Facilitators:BackdatingDays";

    public static void Before(HttpContext context, IDocumentSession session, IClock clock, IConfiguration configuration)
    {
        if (IsRestricted(context.User))
            session.Listeners.Add(new Check(context.User.FindFirst(Authentication.SubjectClaim)?.Value,
                ProgrammeCalendar.Today(clock.GetCurrentInstant()),
                configuration.GetValue(BackdatingDaysSetting, FacilitatorMandate.DefaultBackdatingDays)));
    }

    /// <summary>A facilitator who is not also a coordinator or an administrator.</summary>
    public static bool IsRestricted(ClaimsPrincipal user)
    {
        return user.HasClaim(Authentication.RoleClaim, Roles.Facilitator)
            && !user.HasClaim(Authentication.RoleClaim, Roles.Coordinator) && !user.HasClaim(Authentication.RoleClaim, Roles.Administrator);
    }

    /// <summary>
    /// A facilitator reaches a person's details (reads, export, correction) when the person is a
    /// member of a council assigned to them today, or is themselves; others are refused (403).
    /// </summary>
    /// <param name="membersCouncil">The council the person joined; null for a team member or erased details.</param>
    public static async Task EnsureReaches(ClaimsPrincipal user, IQuerySession session, Guid personId, Guid? membersCouncil,
        LocalDate today, CancellationToken ct)
    {
        if (!IsRestricted(user))
            return;
        var facilitator = await Caller(session, user.FindFirst(Authentication.SubjectClaim)?.Value, ct);
        if (facilitator.Id != personId && !FacilitatorMandate.Reaches(facilitator, membersCouncil, today))
            throw new OutsideAssignment($"Team member {facilitator.Id} reads the people of the councils assigned to them today, and their own record: not person {personId}.");
    }

    private static async Task<TeamMember> Caller(IQuerySession session, string? subject, CancellationToken ct)
    {
        if (!Guid.TryParse(subject, out var memberId))
            throw new OutsideAssignment($"A facilitator's token names them by their team member id (claim sub); '{subject}' is not one.");
        return await session.LoadAsync<TeamMember>(memberId, ct)
            ?? throw new OutsideAssignment($"No team member {memberId}: a facilitator's token names them by their team member id.");
    }

    private sealed class Check(string? subject, LocalDate today, int backdatingDays) : DocumentSessionListenerBase
    {
        public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
        {
            var streams = session.PendingChanges.Streams().ToArray();
            if (streams.Length == 0)
                return;
            var facilitator = await Caller(session, subject, token);
            foreach (var stream in streams)
            foreach (var e in stream.Events)
                await Judge(session, facilitator, stream, e.Data, token);
        }

        private async Task Judge(IDocumentSession session, TeamMember facilitator, StreamAction stream, object data, CancellationToken token)
        {
            var scope = WriteScope.Of(data)
                ?? throw new OutsideAssignment($"A facilitator does not record {data.GetType().Name}.");
            if (ReferenceEquals(scope, WriteScope.Consequence))
                return;
            if (scope.FacilitatorId is { } owner && owner != facilitator.Id)
                throw new OutsideAssignment($"Team member {facilitator.Id} records only their own activity, not team member {owner}'s.");
            if (data is RoadmapOpened opened)
                EnsureOwnRoadmap(facilitator, opened);
            else if (data is IRoadmapEvent && await FirstEvent(session, stream, token) is RoadmapOpened roadmap)
                EnsureOwnRoadmap(facilitator, roadmap);
            if (scope.QuartierCode is { } code)
            {
                var councils = await session.LoadManyAsync<Council>(token, facilitator.AssignmentsOn(scope.On).Select(a => a.CouncilId).ToArray());
                var refusals = councils.Where(c => c.QuartierCodes.Contains(code))
                    .Select(c => Refusal(facilitator, c.Id, scope.On)).ToArray();
                if (refusals.Length == 0)
                    throw new OutsideAssignment($"Team member {facilitator.Id} is assigned on {scope.On:yyyy-MM-dd} to no council of quartier {code}.");
                if (refusals.All(r => r is not null))
                    throw new OutsideAssignment(refusals[0]!);
                return;
            }
            // A team member's own record that names no council: in the programme, within the window.
            if (scope.Councils.Count == 0)
                Refuse(Refusal(facilitator, null, scope.On));
            foreach (var councilId in scope.Councils)
                Refuse(Refusal(facilitator, councilId, scope.On));
        }

        // A roadmap is its facilitator's: a colleague neither opens it for them nor edits it.
        private static void EnsureOwnRoadmap(TeamMember facilitator, RoadmapOpened roadmap)
        {
            if (roadmap.FacilitatorId != facilitator.Id)
                throw new OutsideAssignment($"Team member {facilitator.Id} edits only their own roadmaps, not team member {roadmap.FacilitatorId}'s.");
        }

        private MandateRefusal? Refusal(TeamMember facilitator, Guid? councilId, LocalDate on) =>
            FacilitatorMandate.RefusalToWrite(facilitator, councilId, on, today, backdatingDays);

        private static void Refuse(MandateRefusal? refusal)
        {
            if (refusal is not null)
                throw new OutsideAssignment(refusal);
        }

        // A roadmap names its facilitator in its stream's first event: the one about to be saved
        // when the stream starts in this commit, else the stored one.
        private static async Task<object?> FirstEvent(IDocumentSession session, StreamAction stream, CancellationToken token)
        {
            if (stream.ActionType == StreamActionType.Start)
                return stream.Events.FirstOrDefault()?.Data;
            var first = await session.Events.FetchStreamAsync(stream.Id, version: 1, token: token);
            return first.Count > 0 ? first[0].Data : null;
        }
    }
}

internal sealed class OutsideAssignment(string message, string code = FacilitatorMandate.NotAssigned) : Exception(message)
{
    public OutsideAssignment(MandateRefusal refusal) : this(refusal.Message, refusal.Code) { }

    public string Code { get; } = code;
}
