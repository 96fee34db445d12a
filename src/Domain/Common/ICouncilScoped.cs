namespace ConseilsCitoyens.Domain.Common;

/// <summary>
/// An event tied to councils declares which: the audit log's council filter, the per-quartier replay
/// and a facilitator's write scope read this, never a list of event types.
/// </summary>
public interface ICouncilScoped
{
    /// <summary>The councils the fact concerns: one for almost every event, several for a shared steering session, none when it names none.</summary>
    IReadOnlyList<Guid> CouncilIds { get; }
}

/// <summary>
/// An event about exactly one council, named in its payload. Events stored before their type carried
/// the council read <see cref="Guid.Empty"/>: their stream's first event names it.
/// </summary>
public interface IOneCouncilScoped : ICouncilScoped
{
    Guid CouncilId { get; }

    IReadOnlyList<Guid> ICouncilScoped.CouncilIds => CouncilId == Guid.Empty ? [] : [CouncilId];
}
