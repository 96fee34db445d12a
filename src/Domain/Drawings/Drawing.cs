using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Domain.Drawings;

public sealed record CandidateAnswer(Guid CandidateId, Gender Gender, bool Accepted, LocalDate AnsweredOn);

/// <summary>A departed member's seat called for: <paramref name="CandidateId"/> holds the call now, null once no substitute is left.</summary>
public sealed record SubstituteCall(Guid Replaces, Gender Gender, LocalDate CalledOn, Guid? CandidateId);

/// <summary>
/// One drawing by lot and the answers of the candidates it called, folded from its stream.
/// Refusals move down the list: each refusal calls the next substitute of the same gender. A
/// departure calls one more substitute of the departed member's gender for their seat.
/// </summary>
public sealed record Drawing(
    Guid Id,
    Guid CouncilId,
    LocalDate HeldOn,
    ImmutableArray<DrawingList> Lists,
    string Seed,
    ImmutableArray<Candidate> Candidates,
    DrawingSeats Seats,
    string Algorithm,
    DrawingResult Result,
    ImmutableArray<CandidateAnswer> Answers,
    ImmutableArray<ComplianceWarningRecorded> Warnings,
    long Version = 0)
{
    public static readonly Gender[] Genders = [Gender.Female, Gender.Male];

    public ImmutableArray<SubstituteCall> Calls { get; init; } = [];

    public CandidateAnswer? AnswerOf(Guid candidateId) => Answers.FirstOrDefault(a => a.CandidateId == candidateId);

    /// <summary>Did this candidate accept their seat?</summary>
    public bool IsAccepted(Guid candidateId) => AnswerOf(candidateId) is { Accepted: true };

    public IReadOnlyList<Guid> Refused(Gender gender) =>
        Answers.Where(a => a.Gender == gender && !a.Accepted).Select(a => a.CandidateId).ToArray();

    public IReadOnlyList<Guid> Accepted(Gender gender) =>
        Answers.Where(a => a.Gender == gender && a.Accepted).Select(a => a.CandidateId).ToArray();

    /// <summary>The gender's seats: those drawn, plus one per departure called for.</summary>
    public int SeatsOf(Gender gender) => Seats.For(gender) + Calls.Count(c => c.Gender == gender);

    /// <summary>The candidates holding the gender's seats now: the first seats, plus one substitute per refusal and per call.</summary>
    public IReadOnlyList<Guid> Called(Gender gender)
    {
        var refused = Refused(gender);
        return Result.For(gender).Take(SeatsOf(gender) + refused.Count).Except(refused).ToArray();
    }

    public IReadOnlyList<Guid> Substitutes(Gender gender) =>
        Result.For(gender).Skip(SeatsOf(gender) + Refused(gender).Count).ToArray();

    public bool IsCalled(Guid candidateId, Gender gender) => Called(gender).Contains(candidateId);

    /// <summary>A refusal left a seat no substitute can take: a new drawing is needed (rule 11).</summary>
    public bool IsExhausted(Gender gender) => Called(gender).Count < SeatsOf(gender);

    /// <summary>What this drawing says of a member's seat: the candidate's gender, their acceptance, the departure they were called for.</summary>
    public DrawnSeat SeatOf(Guid candidateId) => new(Id, CouncilId,
        Candidates.FirstOrDefault(c => c.CandidateId == candidateId)?.Gender,
        AnswerOf(candidateId) is { Accepted: true } answer ? answer.AnsweredOn : null,
        Calls.FirstOrDefault(c => c.CandidateId == candidateId)?.Replaces);

    public bool NewDrawingNeeded => Genders.Any(IsExhausted);

    public static Drawing Evolve(Drawing? state, object @event) => (state, @event) switch
    {
        (null, DrawingHeld e) => new Drawing(e.DrawingId, e.CouncilId, e.HeldOn, [.. e.Lists], e.Seed, [.. e.Candidates],
            e.Seats, e.Algorithm, e.Result, [], []),
        (not null, DrawnCandidateAccepted e) => state with
        {
            Answers = state.Answers.Add(new CandidateAnswer(e.CandidateId, e.Gender, true, e.AnsweredOn)),
        },
        (not null, DrawnCandidateRefused e) => state with
        {
            Answers = state.Answers.Add(new CandidateAnswer(e.CandidateId, e.Gender, false, e.AnsweredOn)),
            // The substitute the refusal calls takes over the refused candidate's call, if they had one.
            Calls = state.Calls.Select(c => c.CandidateId == e.CandidateId
                ? c with { CandidateId = state.Substitutes(e.Gender).Cast<Guid?>().FirstOrDefault() }
                : c).ToImmutableArray(),
        },
        (not null, SubstituteCalled e) => state with { Calls = state.Calls.Add(new SubstituteCall(e.Replaces, e.Gender, e.CalledOn, e.CandidateId)) },
        (not null, ComplianceWarningRecorded e) => state with { Warnings = state.Warnings.Add(e) },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing drawing" : "drawing " + state.Id)}"),
    };
}
