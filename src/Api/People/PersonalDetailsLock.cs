using ConseilsCitoyens.Projections.Members;
using ConseilsCitoyens.Projections.Team;
using Marten;

namespace ConseilsCitoyens.Api.People;

/// <summary>
/// A correction reads the details it replaces under a row lock held until it commits. A concurrent
/// correction waits, then reads the revision this one wrote (412 against the If-Match it was sent
/// with); an erasure waits too, so no correction writes back details erased meanwhile.
/// </summary>
internal static class PersonalDetailsLock
{
    private const string Locked = "where tenant_id = ? and id = ? for update";

    public static async Task<PersonResponse?> FindLocked(this IDocumentSession session, Guid personId, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        if ((await session.QueryAsync<MemberPersonalDetails>(Locked, ct, session.TenantId, personId)).SingleOrDefault() is { } member)
            return GetPersonEndpoint.Of(member);
        return (await session.QueryAsync<TeamMemberPersonalDetails>(Locked, ct, session.TenantId, personId)).SingleOrDefault() is { } team
            ? GetPersonEndpoint.Of(team)
            : null;
    }
}
