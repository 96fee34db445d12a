using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Api.Councils;

public sealed record CollegeCounts(int Residents, int LocalActors, int Total);

public sealed record MemberResponse(
    Guid MemberId, College College, Gender Gender, string? ResidenceQuartierCode, string? Organisation, LocalDate JoinedOn);

/// <summary>A council as clients read it: no personal data, only pseudonymous member ids.</summary>
public sealed record CouncilResponse(
    Guid Id,
    string Name,
    IReadOnlyList<string> QuartierCodes,
    LocalDate CreatedOn,
    CollegeCounts MemberCounts,
    IReadOnlyList<MemberResponse> Members,
    long Version)
{
    public static CouncilResponse From(Council c) => new(
        c.Id,
        c.Name,
        c.QuartierCodes,
        c.CreatedOn,
        new CollegeCounts(c.CountIn(College.Residents), c.CountIn(College.LocalActors), c.Members.Length),
        c.Members.Select(m => new MemberResponse(m.MemberId, m.College, m.Gender, m.ResidenceQuartierCode, m.Organisation, m.JoinedOn)).ToArray(),
        c.Version);
}
