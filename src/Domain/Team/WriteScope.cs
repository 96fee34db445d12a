using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Team;

/// <summary>
/// What a facilitator must hold to write an event, read from what the event declares of itself: an
/// assignment to each of <see cref="Councils"/> on <see cref="On"/> (its business date);
/// <see cref="FacilitatorId"/> when it is a team member's own record (their activity, an immersion);
/// <see cref="QuartierCode"/> for a quartier's work, open to whoever covers a council on that quartier.
/// </summary>
public sealed record WriteScope(LocalDate On, IReadOnlyList<Guid> Councils, Guid? FacilitatorId = null, string? QuartierCode = null)
{
    /// <summary>Warnings follow from another event of the same write and are judged with it.</summary>
    public static readonly WriteScope Consequence = new(default(LocalDate), []);

    /// <summary>
    /// Null when no facilitator may write it: the programme's administration, an event with no business
    /// date, or one that names no council, owner or quartier a facilitator could hold.
    /// </summary>
    public static WriteScope? Of(object @event)
    {
        if (@event is IConsequence)
            return Consequence;
        if (@event is IProgrammeAdministration || @event is not IBusinessDated dated)
            return null;
        var councils = (@event as ICouncilScoped)?.CouncilIds ?? [];
        var owner = (@event as IFacilitatorOwned)?.FacilitatorId;
        var quartier = (@event as IQuartierScoped)?.QuartierCode;
        return councils.Count == 0 && owner is null && quartier is null ? null : new WriteScope(dated.BusinessDate, councils, owner, quartier);
    }
}
