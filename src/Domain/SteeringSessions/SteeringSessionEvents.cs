using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.SteeringSessions;

/// <summary>An event of a steering session's stream.</summary>
public interface ISteeringSessionEvent : ICouncilScoped
{
    Guid SessionId { get; }
}

/// <param name="RepresentativeIds">Pseudonymous member ids of the council's representatives present.</param>
public sealed record SteeringSessionRecorded(
    Guid SessionId,
    Guid CouncilId,
    SteeringBody Body,
    string? BodyName,
    LocalDate HeldOn,
    bool Invited,
    IReadOnlyList<Guid> RepresentativeIds,
    bool Spoke,
    bool ContributedInWriting) : ISteeringSessionEvent, IBusinessDated, IOneCouncilScoped
{
    LocalDate IBusinessDated.BusinessDate => HeldOn;
}

/// <summary>The council's participation in the session, replacing what was recorded before.</summary>
public sealed record SteeringParticipationCorrected(
    Guid SessionId,
    Guid CouncilId,
    bool Invited,
    IReadOnlyList<Guid> RepresentativeIds,
    bool Spoke,
    bool ContributedInWriting,
    LocalDate CorrectedOn) : ISteeringSessionEvent, IBusinessDated, IOneCouncilScoped
{
    LocalDate IBusinessDated.BusinessDate => CorrectedOn;
}
