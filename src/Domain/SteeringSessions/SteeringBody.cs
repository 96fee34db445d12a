namespace ConseilsCitoyens.Domain.SteeringSessions;

/// <summary>The kind of contrat de ville body a session belongs to (instance de pilotage).</summary>
public enum SteeringBody
{
    /// <summary>Comité de pilotage (COPIL).</summary>
    SteeringCommittee,

    /// <summary>Comité technique.</summary>
    TechnicalCommittee,

    /// <summary>A body of the urban-renewal programme (renouvellement urbain).</summary>
    UrbanRenewal,

    Other,
}
