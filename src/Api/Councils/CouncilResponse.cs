using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Api.Councils;

public sealed record CollegeCounts(int Residents, int LocalActors, int Total);

public sealed record MemberResponse(
    Guid MemberId,
    College College,
    Gender Gender,
    MemberOrigin Origin,
    string? ResidenceQuartierCode,
    string? Organisation,
    LocalDate JoinedOn,
    LocalDate MandateEndsOn,
    LocalDate? LeftOn,
    DepartureReason? DepartureReason);

public sealed record InternalRulesResponse(int RulesVersion, string Title, string DocumentHash, LocalDate AdoptedOn);

public sealed record PrefectoralOrderResponse(string Reference, LocalDate SignedOn, IReadOnlyList<Guid> RecognisedMemberIds, string? SupportingStructure);

/// <summary>A council as clients read it: no personal data, only pseudonymous member ids.</summary>
/// <param name="QuartierHistory">Its codes from each date: at creation, then on each map change (the 2024 map).</param>
public sealed record CouncilResponse(
    Guid Id,
    string Name,
    IReadOnlyList<string> QuartierCodes,
    IReadOnlyList<QuartierSpell> QuartierHistory,
    LocalDate CreatedOn,
    CouncilStatus Status,
    Hosting? Hosting,
    InternalRulesResponse? InternalRules,
    PrefectoralOrderResponse? PrefectoralOrder,
    CityContractParameters Parameters,
    CollegeCounts MemberCounts,
    IReadOnlyList<MemberResponse> Members,
    long Version)
{
    public static CouncilResponse From(Council c) => new(
        c.Id,
        c.Name,
        c.QuartierCodes,
        c.QuartierHistory,
        c.CreatedOn,
        c.Status,
        c.Hosting,
        c.InternalRules is [.., var rules] ? new InternalRulesResponse(rules.RulesVersion, rules.Title, rules.DocumentHash, rules.AdoptedOn) : null,
        c.Order is { } o ? new PrefectoralOrderResponse(o.Reference, o.SignedOn, o.RecognisedMemberIds, o.SupportingStructure) : null,
        c.Parameters,
        new CollegeCounts(c.CountIn(College.Residents), c.CountIn(College.LocalActors), c.CurrentMembers().Count()),
        c.Members.Select(m => new MemberResponse(m.MemberId, m.College, m.Gender, m.Origin, m.ResidenceQuartierCode, m.Organisation,
            m.JoinedOn, m.JoinedOn.PlusMonths(c.Parameters.MandateMonths), m.LeftOn, m.DepartureReason)).ToArray(),
        c.Version);
}
