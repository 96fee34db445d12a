using NodaTime;

namespace ConseilsCitoyens.Domain.Councils;

/// <summary>
/// A member's age group when they joined, derived from their birth year: kept in the event (like the
/// gender) so that the youth share survives the erasure of the birth year, which stays with the
/// erasable personal details and never enters the log.
/// </summary>
public enum AgeGroup
{
    /// <summary>Joining year − birth year below 30.</summary>
    Under30,
    ThirtyOrOver,
}

public static class AgeGroups
{
    public const int YouthLimit = 30;

    /// <returns>Null when the birth year is not known.</returns>
    public static AgeGroup? AtJoining(int? birthYear, LocalDate joinedOn) => birthYear is not { } born ? null
        : joinedOn.Year - born < YouthLimit ? AgeGroup.Under30 : AgeGroup.ThirtyOrOver;
}
