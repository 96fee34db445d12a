namespace ConseilsCitoyens.Domain.Councils;

public enum CouncilStatus
{
    /// <summary>Created, composition in progress: a small starting core group is allowed (rule 7).</summary>
    Forming,
    Active,
    Inactive,
    InRenewal,
    Dissolved,
}

/// <summary>Rule 10: own association, an existing host structure, or the municipality during start-up.</summary>
public enum HostingKind
{
    OwnAssociation,
    HostStructure,
    Municipal,
}
