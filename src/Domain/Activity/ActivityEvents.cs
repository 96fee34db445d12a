using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Activity;

/// <summary>An event of a facilitator's activity log (one stream per facilitator).</summary>
public interface IActivityEvent : IFacilitatorOwned
{
    Guid ActivityLogId { get; }

    Guid EntryId { get; }
}

/// <param name="CouncilId">The council the time was spent for, when there is one.</param>
public sealed record TimeRecorded(
    Guid ActivityLogId,
    Guid FacilitatorId,
    Guid EntryId,
    LocalDate On,
    ActivityKind Kind,
    decimal Hours,
    Guid? CouncilId,
    [property: FreeText] string? Note) : IActivityEvent, IBusinessDated, ICouncilScoped
{
    LocalDate IBusinessDated.BusinessDate => On;

    IReadOnlyList<Guid> ICouncilScoped.CouncilIds => CouncilId is { } council ? [council] : [];
}

/// <summary>An action reaching residents far from civic participation (DOMAIN.md §1, objectives).</summary>
/// <param name="NewResidents">Of the residents reached, those the programme had not reached before.</param>
public sealed record MobilisationRecorded(
    Guid ActivityLogId,
    Guid FacilitatorId,
    Guid EntryId,
    LocalDate On,
    Guid CouncilId,
    [property: FreeText] string Description,
    int ResidentsReached,
    int NewResidents) : IActivityEvent, IBusinessDated, IOneCouncilScoped
{
    LocalDate IBusinessDated.BusinessDate => On;
}

/// <summary>A correction: the entry no longer counts. The log keeps it, marked cancelled.</summary>
public sealed record ActivityEntryCancelled(Guid ActivityLogId, Guid FacilitatorId, Guid EntryId, [property: FreeText] string Reason, LocalDate CancelledOn) : IActivityEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => CancelledOn;
}
