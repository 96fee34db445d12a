namespace ConseilsCitoyens.Domain.Team;

/// <summary>The programme's team: facilitators (animateurs accompagnateurs) and their coordinator.</summary>
public enum TeamRole
{
    Facilitator,
    Coordinator,
}

public enum ContractKind
{
    /// <summary>The state-aided "adulte-relais" mediation contract.</summary>
    AdulteRelais,
    Cdi,
    Cdd,
    Other,
}
