using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Domain.Drawings;

// A drawing records what an auditor needs to re-run it (seed, pseudonymous candidates, lists'
// fingerprints) and nothing personal: the lists themselves and the names never enter the log.

/// <summary>An event of a drawing's stream.</summary>
public interface IDrawingEvent : IOneCouncilScoped
{
    Guid DrawingId { get; }
}

public enum ListKind
{
    SocialLandlords,
    ElectoralRoll,
    Volunteers,
    Other,
}

/// <summary>A list the candidates were taken from, known by the SHA-256 of its file (hex) and its number of entries.</summary>
public sealed record DrawingList(ListKind Kind, string Label, string ContentHash, int Size);

/// <param name="List">The label of the <see cref="DrawingList"/> the candidate came from.</param>
public sealed record Candidate(Guid CandidateId, Gender Gender, string List);

public sealed record DrawingSeats(int Female, int Male)
{
    public int For(Gender gender) => gender == Gender.Female ? Female : Male;
}

/// <summary>Each gender's candidates in drawn order: the first seats are drawn, the others follow as substitutes.</summary>
public sealed record DrawingResult(IReadOnlyList<Guid> Female, IReadOnlyList<Guid> Male)
{
    public IReadOnlyList<Guid> For(Gender gender) => gender == Gender.Female ? Female : Male;

    public bool SameAs(DrawingResult other) => Female.SequenceEqual(other.Female) && Male.SequenceEqual(other.Male);
}

/// <param name="Algorithm">The version of <see cref="DrawingByLot"/> that computed <paramref name="Result"/>.</param>
public sealed record DrawingHeld(
    Guid DrawingId,
    Guid CouncilId,
    LocalDate HeldOn,
    IReadOnlyList<DrawingList> Lists,
    string Seed,
    IReadOnlyList<Candidate> Candidates,
    DrawingSeats Seats,
    string Algorithm,
    DrawingResult Result) : IDrawingEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => HeldOn;
}

public sealed record DrawnCandidateAccepted(Guid DrawingId, Guid CouncilId, Guid CandidateId, Gender Gender, LocalDate AnsweredOn) : IDrawingEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => AnsweredOn;
}

/// <summary>The candidate declined: the next substitute of the same gender is called in their place.</summary>
public sealed record DrawnCandidateRefused(Guid DrawingId, Guid CouncilId, Guid CandidateId, Gender Gender, LocalDate AnsweredOn) : IDrawingEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => AnsweredOn;
}

/// <summary>
/// A drawn seat freed by a departure: the next substitute of the departed member's gender is called
/// to fill it (rule 11). If they refuse, the call passes to the next substitute.
/// </summary>
/// <param name="Replaces">The member who left, whose seat the substitute is called to.</param>
public sealed record SubstituteCalled(Guid DrawingId, Guid CouncilId, Guid CandidateId, Gender Gender, Guid Replaces, LocalDate CalledOn) : IDrawingEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => CalledOn;
}
