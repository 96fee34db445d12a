namespace ConseilsCitoyens.Domain.Councils;

/// <summary>Rule 2: every member belongs to exactly one college.</summary>
public enum College
{
    /// <summary>Collège habitants.</summary>
    Residents,

    /// <summary>Collège associations et acteurs locaux.</summary>
    LocalActors,
}

/// <summary>
/// Kept in the event (not with the erasable personal details) because parity among residents is a
/// rule of the law and an indicator that must survive a member's erasure.
/// </summary>
public enum Gender
{
    Female,
    Male,
}
