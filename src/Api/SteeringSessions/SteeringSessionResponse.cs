using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.SteeringSessions;
using NodaTime;

namespace ConseilsCitoyens.Api.SteeringSessions;

/// <summary>How one council took part in the session, as last corrected; <paramref name="Compliant"/>: it meets rule 12.</summary>
public sealed record ParticipationResponse(Guid CouncilId, bool Invited, IReadOnlyList<Guid> RepresentativeIds, bool Spoke, bool ContributedInWriting, bool Compliant);

/// <param name="Participations">Each council's part in the session (several for a shared session).</param>
/// <param name="CouncilId">For a session of one council: that council and, below, its participation; null for a shared session.</param>
/// <param name="Compliant">Whether every participation as it now stands meets rule 12; <paramref name="Warnings"/> keeps every warning ever recorded.</param>
public sealed record SteeringSessionResponse(
    Guid Id,
    SteeringBody Body,
    string? BodyName,
    LocalDate HeldOn,
    IReadOnlyList<ParticipationResponse> Participations,
    Guid? CouncilId,
    bool? Invited,
    IReadOnlyList<Guid>? RepresentativeIds,
    bool? Spoke,
    bool? ContributedInWriting,
    bool Compliant,
    IReadOnlyList<ComplianceWarningResponse> Warnings,
    long Version)
{
    public static SteeringSessionResponse From(SteeringSession s)
    {
        var participations = s.Participations.Select(p => new ParticipationResponse(p.CouncilId, p.Participation.Invited,
            p.Participation.RepresentativeIds, p.Participation.Spoke, p.Participation.ContributedInWriting,
            SteeringRepresentation.Check(p.CouncilId, s.HeldOn, p.Participation).Count == 0)).ToArray();
        var only = participations.Length == 1 ? participations[0] : null;
        return new SteeringSessionResponse(s.Id, s.Body, s.BodyName, s.HeldOn, participations,
            only?.CouncilId, only?.Invited, only?.RepresentativeIds, only?.Spoke, only?.ContributedInWriting,
            s.Compliant, s.Warnings.Select(ComplianceWarningResponse.From).ToArray(), s.Version);
    }

    /// <summary>The session after a write: the state decided on, with the events just appended.</summary>
    public static SteeringSessionResponse After(SteeringSession state, IEnumerable<object> events, long version) =>
        From(events.Aggregate(state, SteeringSession.Evolve) with { Version = version });

    /// <summary>A session just recorded.</summary>
    public static SteeringSessionResponse Started(IEnumerable<object> events, long version) =>
        From(events.Aggregate((SteeringSession?)null, SteeringSession.Evolve)! with { Version = version });
}
