using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.SteeringSessions;

/// <summary>An event of a steering session's stream.</summary>
public interface ISteeringSessionEvent : ICouncilScoped
{
    Guid SessionId { get; }
}

/// <summary>A session of a contrat de ville body, recorded once whatever the number of councils it concerns: each council's participation follows.</summary>
/// <param name="CouncilIds">The councils whose participation the session records, in the order they follow.</param>
public sealed record SteeringSessionHeld(
    Guid SessionId,
    SteeringBody Body,
    string? BodyName,
    LocalDate HeldOn,
    IReadOnlyList<Guid> CouncilIds) : ISteeringSessionEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => HeldOn;
}

/// <summary>How one council took part in the session just held.</summary>
/// <param name="RepresentativeIds">Pseudonymous member ids of the council's representatives present.</param>
public sealed record SteeringParticipationRecorded(
    Guid SessionId,
    Guid CouncilId,
    bool Invited,
    IReadOnlyList<Guid> RepresentativeIds,
    bool Spoke,
    bool ContributedInWriting,
    LocalDate HeldOn) : ISteeringSessionEvent, IBusinessDated, IOneCouncilScoped
{
    LocalDate IBusinessDated.BusinessDate => HeldOn;
}

/// <summary>A session and one council's participation in one event: how sessions were recorded before they could be shared; still read.</summary>
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
