using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.SteeringSessions;
using NodaTime;

namespace ConseilsCitoyens.Api.SteeringSessions;

/// <param name="Compliant">Whether the participation as it now stands meets rule 12; <paramref name="Warnings"/> keeps every warning ever recorded.</param>
public sealed record SteeringSessionResponse(
    Guid Id,
    Guid CouncilId,
    SteeringBody Body,
    string? BodyName,
    LocalDate HeldOn,
    bool Invited,
    IReadOnlyList<Guid> RepresentativeIds,
    bool Spoke,
    bool ContributedInWriting,
    bool Compliant,
    IReadOnlyList<ComplianceWarningResponse> Warnings,
    long Version)
{
    public static SteeringSessionResponse From(SteeringSession s) => new(
        s.Id,
        s.CouncilId,
        s.Body,
        s.BodyName,
        s.HeldOn,
        s.Participation.Invited,
        s.Participation.RepresentativeIds,
        s.Participation.Spoke,
        s.Participation.ContributedInWriting,
        s.Compliant,
        s.Warnings.Select(ComplianceWarningResponse.From).ToArray(),
        s.Version);

    /// <summary>The session after a write: the state decided on, with the events just appended.</summary>
    public static SteeringSessionResponse After(SteeringSession state, IEnumerable<object> events, long version) =>
        From(events.Aggregate(state, SteeringSession.Evolve) with { Version = version });
}
