using System.Collections.Immutable;
using NodaTime;

namespace ConseilsCitoyens.Domain.Councils;

public sealed record CouncilMember(
    Guid MemberId,
    College College,
    Gender Gender,
    string? ResidenceQuartierCode,
    string? Organisation,
    LocalDate JoinedOn)
{
    public static CouncilMember From(MemberJoined e) =>
        new(e.MemberId, e.College, e.Gender, e.ResidenceQuartierCode, e.Organisation, e.JoinedOn);
}

/// <summary>The state of one council, folded from its stream. <see cref="Version"/> is the stream version.</summary>
public sealed record Council(
    Guid Id,
    string Name,
    ImmutableArray<string> QuartierCodes,
    LocalDate CreatedOn,
    ImmutableArray<CouncilMember> Members,
    long Version = 0)
{
    public CouncilMember? FindMember(Guid memberId) => Members.FirstOrDefault(m => m.MemberId == memberId);

    /// <summary>Was this person a member of the council on that date? Other aggregates ask before naming a member.</summary>
    public bool IsMemberOn(Guid memberId, LocalDate date) => FindMember(memberId) is { } m && m.JoinedOn <= date;

    public int CountIn(College college) => Members.Count(m => m.College == college);

    public static Council Evolve(Council? state, object @event) => (state, @event) switch
    {
        (null, CouncilCreated e) => new Council(e.CouncilId, e.Name, [.. e.QuartierCodes], e.CreatedOn, []),
        (not null, MemberJoined e) => state with
        {
            Members = state.Members.Add(CouncilMember.From(e)),
        },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing council" : "council " + state.Id)}"),
    };
}
