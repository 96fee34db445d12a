using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Activity;
using Marten;

namespace ConseilsCitoyens.Api.Activity;

internal sealed record ActivityWrite(ActivityLog? State, IReadOnlyList<object> Events, long Version)
{
    public ActivityLog After => Events.Aggregate(State, ActivityLog.Evolve)! with { Version = Version };
}

internal static class ActivityWrites
{
    /// <summary>Writes to a facilitator's log, which its first entry opens: load, check If-Match, decide, append (Wolverine commits).</summary>
    public static async Task<ActivityWrite> DecideOnLog(
        this IDocumentSession session,
        Guid facilitatorId,
        string? ifMatch,
        Func<ActivityLog?, IReadOnlyList<object>> decide,
        CancellationToken ct)
    {
        await session.LoadTeamMember(facilitatorId, ct);
        var id = ActivityLog.StreamIdFor(facilitatorId);
        var expected = Versions.ExpectedVersion(ifMatch);
        // A missing stream is started by the append; two first entries racing collide at commit.
        var stream = await session.Events.FetchForWriting<ActivityLog>(id, ct);
        var version = stream.CurrentVersion ?? 0;
        Versions.CheckExpected(expected, version, $"Activity log of facilitator {facilitatorId}");

        var events = decide(stream.Aggregate);
        if (events.Count > 0)
        {
            stream.AppendMany(events);
        }
        return new ActivityWrite(stream.Aggregate, events, version + events.Count);
    }
}
