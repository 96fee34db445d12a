using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.SteeringSessions;

/// <summary>How the council took part in one session; representatives are distinct and sorted.</summary>
public sealed record SteeringParticipation(bool Invited, ImmutableArray<Guid> RepresentativeIds, bool Spoke, bool ContributedInWriting)
{
    public static SteeringParticipation Of(bool invited, IEnumerable<Guid> representativeIds, bool spoke, bool contributedInWriting) =>
        new(invited, [.. representativeIds.Distinct().Order()], spoke, contributedInWriting);

    public bool Represented => RepresentativeIds.Length > 0;

    public bool SameAs(SteeringParticipation other) =>
        Invited == other.Invited && Spoke == other.Spoke && ContributedInWriting == other.ContributedInWriting
        && RepresentativeIds.SequenceEqual(other.RepresentativeIds);
}

/// <summary>A session of a contrat de ville body as it concerns one council, folded from its stream.</summary>
public sealed record SteeringSession(
    Guid Id,
    Guid CouncilId,
    SteeringBody Body,
    string? BodyName,
    LocalDate HeldOn,
    SteeringParticipation Participation,
    ImmutableArray<ComplianceWarningRecorded> Warnings,
    long Version = 0)
{
    /// <summary>Does the participation as it now stands meet rule 12?</summary>
    public bool Compliant => StandingWarnings.Count == 0;

    /// <summary>Rule 12 judged on the participation as last corrected; <see cref="Warnings"/> keeps every warning ever recorded.</summary>
    public IReadOnlyList<ComplianceWarningRecorded> StandingWarnings => SteeringRepresentation.Check(CouncilId, HeldOn, Participation);

    public static SteeringSession Evolve(SteeringSession? state, object @event) => (state, @event) switch
    {
        (null, SteeringSessionRecorded e) => new SteeringSession(e.SessionId, e.CouncilId, e.Body, e.BodyName, e.HeldOn,
            SteeringParticipation.Of(e.Invited, e.RepresentativeIds, e.Spoke, e.ContributedInWriting), []),
        (not null, SteeringParticipationCorrected e) => state with
        {
            Participation = SteeringParticipation.Of(e.Invited, e.RepresentativeIds, e.Spoke, e.ContributedInWriting),
        },
        (not null, ComplianceWarningRecorded e) => state with { Warnings = state.Warnings.Add(e) },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing steering session" : "steering session " + state.Id)}"),
    };
}
