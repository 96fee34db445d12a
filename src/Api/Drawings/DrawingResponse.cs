using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Drawings;
using NodaTime;

namespace ConseilsCitoyens.Api.Drawings;

/// <param name="Seats">The seats drawn; each substitute call adds one (see the drawing's substituteCalls).</param>
/// <param name="Called">Who holds the seats now: the first seats, moved down the list by refusals, and the substitutes called for departures.</param>
/// <param name="Substitutes">Not called yet, in the order they will be.</param>
/// <param name="Exhausted">A seat is left that no substitute can take: a new drawing is needed.</param>
public sealed record GenderStandingResponse(
    int Seats,
    IReadOnlyList<Guid> Called,
    IReadOnlyList<Guid> Accepted,
    IReadOnlyList<Guid> Refused,
    IReadOnlyList<Guid> Substitutes,
    bool Exhausted)
{
    public static GenderStandingResponse From(Drawing d, Gender g) =>
        new(d.Seats.For(g), d.Called(g), d.Accepted(g), d.Refused(g), d.Substitutes(g), d.IsExhausted(g));
}

public sealed record StandingResponse(GenderStandingResponse Female, GenderStandingResponse Male);

/// <summary>A drawing as clients read it: pseudonymous candidates only, the lists known by their fingerprints.</summary>
public sealed record DrawingResponse(
    Guid Id,
    Guid CouncilId,
    LocalDate HeldOn,
    IReadOnlyList<DrawingList> Lists,
    string Seed,
    string Algorithm,
    IReadOnlyList<Candidate> Candidates,
    DrawingSeats Seats,
    DrawingResult Result,
    StandingResponse Standing,
    bool NewDrawingNeeded,
    IReadOnlyList<SubstituteCall> SubstituteCalls,
    IReadOnlyList<ComplianceWarningResponse> Warnings,
    long Version)
{
    public static DrawingResponse From(Drawing d) => new(
        d.Id,
        d.CouncilId,
        d.HeldOn,
        d.Lists,
        d.Seed,
        d.Algorithm,
        d.Candidates,
        d.Seats,
        d.Result,
        new StandingResponse(GenderStandingResponse.From(d, Gender.Female), GenderStandingResponse.From(d, Gender.Male)),
        d.NewDrawingNeeded,
        d.Calls,
        d.Warnings.Select(ComplianceWarningResponse.From).ToArray(),
        d.Version);
}
