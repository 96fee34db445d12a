namespace ConseilsCitoyens.Projections.Members;

/// <summary>
/// A member's personal data, kept out of the event log (DOMAIN.md §6) in its own schema so that
/// erasure can delete it while the events, keyed by the pseudonymous member id, stay intact.
/// </summary>
public sealed record MemberPersonalDetails(
    Guid Id,
    Guid CouncilId,
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    int? BirthYear)
{
    /// <summary>The document's revision, kept by Marten (1 once inserted); a correction writes the next one.</summary>
    public long Version { get; init; }
}
