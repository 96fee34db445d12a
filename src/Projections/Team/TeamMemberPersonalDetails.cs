namespace ConseilsCitoyens.Projections.Team;

/// <summary>
/// A team member's name and contact, kept out of the event log (DOMAIN.md §6) in the personal-data
/// schema so that erasure deletes them while the events, keyed by the pseudonymous id, stay intact.
/// </summary>
public sealed record TeamMemberPersonalDetails(Guid Id, string FirstName, string LastName, string? Email, string? Phone)
{
    /// <summary>The document's revision, kept by Marten (1 once inserted); a correction writes the next one.</summary>
    public long Version { get; init; }
}
