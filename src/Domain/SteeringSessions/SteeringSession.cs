using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.SteeringSessions;

/// <summary>How a council took part in one session; representatives are distinct and sorted.</summary>
public sealed record SteeringParticipation(bool Invited, ImmutableArray<Guid> RepresentativeIds, bool Spoke, bool ContributedInWriting)
{
    public static SteeringParticipation Of(bool invited, IEnumerable<Guid> representativeIds, bool spoke, bool contributedInWriting) =>
        new(invited, [.. representativeIds.Distinct().Order()], spoke, contributedInWriting);

    public bool Represented => RepresentativeIds.Length > 0;

    public bool SameAs(SteeringParticipation other) =>
        Invited == other.Invited && Spoke == other.Spoke && ContributedInWriting == other.ContributedInWriting
        && RepresentativeIds.SequenceEqual(other.RepresentativeIds);
}

/// <summary>One council's part in a session.</summary>
public sealed record CouncilParticipation(Guid CouncilId, SteeringParticipation Participation);

/// <summary>A session of a contrat de ville body and how each council concerned took part, folded from its stream.</summary>
public sealed record SteeringSession(
    Guid Id,
    SteeringBody Body,
    string? BodyName,
    LocalDate HeldOn,
    ImmutableArray<CouncilParticipation> Participations,
    ImmutableArray<ComplianceWarningRecorded> Warnings,
    long Version = 0)
{
    /// <summary>The councils the session concerns (stored with the document, for the reports' queries).</summary>
    public ImmutableArray<Guid> CouncilIds => [.. Participations.Select(p => p.CouncilId)];

    public SteeringParticipation? ParticipationOf(Guid councilId) => Participations.FirstOrDefault(p => p.CouncilId == councilId)?.Participation;

    /// <summary>Does every council's participation as it now stands meet rule 12?</summary>
    public bool Compliant => StandingWarnings.Count == 0;

    /// <summary>Rule 12 judged on each participation as last corrected; <see cref="Warnings"/> keeps every warning ever recorded.</summary>
    public IReadOnlyList<ComplianceWarningRecorded> StandingWarnings =>
        Participations.SelectMany(p => SteeringRepresentation.Check(p.CouncilId, HeldOn, p.Participation)).ToArray();

    public static SteeringSession Evolve(SteeringSession? state, object @event) => (state, @event) switch
    {
        (null, SteeringSessionHeld e) => new SteeringSession(e.SessionId, e.Body, e.BodyName, e.HeldOn, [], []),
        (not null, SteeringParticipationRecorded e) => state with
        {
            Participations = state.Participations.Add(new CouncilParticipation(e.CouncilId,
                SteeringParticipation.Of(e.Invited, e.RepresentativeIds, e.Spoke, e.ContributedInWriting))),
        },
        (null, SteeringSessionRecorded e) => new SteeringSession(e.SessionId, e.Body, e.BodyName, e.HeldOn,
            [new CouncilParticipation(e.CouncilId, SteeringParticipation.Of(e.Invited, e.RepresentativeIds, e.Spoke, e.ContributedInWriting))], []),
        (not null, SteeringParticipationCorrected e) => state with
        {
            Participations = state.Participations.Select(p => p.CouncilId == e.CouncilId
                ? p with { Participation = SteeringParticipation.Of(e.Invited, e.RepresentativeIds, e.Spoke, e.ContributedInWriting) }
                : p).ToImmutableArray(),
        },
        (not null, ComplianceWarningRecorded e) => state with { Warnings = state.Warnings.Add(e) },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing steering session" : "steering session " + state.Id)}"),
    };
}
