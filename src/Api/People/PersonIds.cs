using ConseilsCitoyens.Domain.Privacy;
using ConseilsCitoyens.Projections.Members;
using ConseilsCitoyens.Projections.Team;
using Marten;

namespace ConseilsCitoyens.Api.People;

/// <summary>
/// A person's details are inserted, never upserted: an id anyone already holds — a member of
/// another council, a team member, an erased person — is refused (409), so nobody overwrites
/// someone else's details by naming their id, and an erasure stays final. Correcting details is
/// its own command (<see cref="CorrectPersonalDetailsEndpoint"/>).
/// </summary>
internal static class PersonIds
{
    /// <param name="joining">The council a member joins: their own details there make a retry, which the council judges.</param>
    public static async Task EnsureFree(this IQuerySession session, Guid personId, Guid? joining, CancellationToken ct)
    {
        if (await session.LoadAsync<PersonalData>(PersonalData.StreamIdFor(personId), ct) is { IsErased: true })
            throw new PersonIdTaken("person.erased", $"Person {personId}'s details were erased: none are stored for that id again.");
        if (await session.LoadAsync<TeamMemberPersonalDetails>(personId, ct) is not null)
            throw new PersonIdTaken("person.id-taken", $"{personId} is a team member's id: choose another id.");
        if (await session.LoadAsync<MemberPersonalDetails>(personId, ct) is { } member && member.CouncilId != joining)
            throw new PersonIdTaken("person.id-taken", $"{personId} is the id of another council's member: choose another id.");
    }
}

internal sealed class PersonIdTaken(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
