using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using NodaTime;

namespace ConseilsCitoyens.Domain.Drawings;

public sealed record CandidateAnswer(Guid CandidateId, Gender Gender, bool Accepted, LocalDate AnsweredOn);

/// <summary>
/// One drawing by lot and the answers of the candidates it called, folded from its stream.
/// Refusals move down the list: each refusal calls the next substitute of the same gender.
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

    public CandidateAnswer? AnswerOf(Guid candidateId) => Answers.FirstOrDefault(a => a.CandidateId == candidateId);

    /// <summary>Did this candidate accept their seat? Council membership of drawn residents asks here.</summary>
    public bool IsAccepted(Guid candidateId) => AnswerOf(candidateId) is { Accepted: true };

    public IReadOnlyList<Guid> Refused(Gender gender) =>
        Answers.Where(a => a.Gender == gender && !a.Accepted).Select(a => a.CandidateId).ToArray();

    public IReadOnlyList<Guid> Accepted(Gender gender) =>
        Answers.Where(a => a.Gender == gender && a.Accepted).Select(a => a.CandidateId).ToArray();

    /// <summary>The candidates holding the gender's drawn seats now: the first seats, plus one substitute per refusal.</summary>
    public IReadOnlyList<Guid> Called(Gender gender)
    {
        var refused = Refused(gender);
        return Result.For(gender).Take(Seats.For(gender) + refused.Count).Except(refused).ToArray();
    }

    public IReadOnlyList<Guid> Substitutes(Gender gender) =>
        Result.For(gender).Skip(Seats.For(gender) + Refused(gender).Count).ToArray();

    public bool IsCalled(Guid candidateId, Gender gender) => Called(gender).Contains(candidateId);

    /// <summary>A refusal left a seat no substitute can take: a new drawing is needed (rule 11).</summary>
    public bool IsExhausted(Gender gender) => Called(gender).Count < Seats.For(gender);

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
        },
        (not null, ComplianceWarningRecorded e) => state with { Warnings = state.Warnings.Add(e) },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing drawing" : "drawing " + state.Id)}"),
    };
}
