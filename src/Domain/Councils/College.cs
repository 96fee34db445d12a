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

/// <summary>How a member came to the council (rule 4: residents are drawn; volunteers complement).</summary>
public enum MemberOrigin
{
    Drawn,
    Volunteer,
    Designated,
    Substitute,
}

public enum DepartureReason
{
    Resignation,

    /// <summary>Rule 3: a resident who leaves the council's QPV ends their mandate.</summary>
    MovedOutOfQuartier,

    /// <summary>Rule 11: repeated unjustified absence is a ground for replacement.</summary>
    RepeatedUnjustifiedAbsence,
    EndOfMandate,
    Death,

    /// <summary>The council was dissolved: every membership running that day ends with it.</summary>
    CouncilDissolved,
}
