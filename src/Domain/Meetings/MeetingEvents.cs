using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Meetings;

/// <summary>An event of a meeting's stream. The council id travels along so that indicators can group per council.</summary>
public interface IMeetingEvent : IOneCouncilScoped
{
    Guid MeetingId { get; }
}

public sealed record MeetingPlanned(
    Guid MeetingId,
    Guid CouncilId,
    MeetingKind Kind,
    LocalDate PlannedFor,
    Actor ConvenedBy) : IMeetingEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => PlannedFor;
}

public sealed record AgendaItemAdded(
    Guid MeetingId,
    Guid CouncilId,
    int Number,
    [property: FreeText] string Title,
    Actor ProposedBy,
    LocalDate AddedOn) : IMeetingEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => AddedOn;
}

public sealed record MeetingHeld(
    Guid MeetingId,
    Guid CouncilId,
    LocalDate HeldOn,
    Actor ChairedBy) : IMeetingEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => HeldOn;
}

public sealed record MeetingCancelled(
    Guid MeetingId,
    Guid CouncilId,
    [property: FreeText] string Reason,
    LocalDate CancelledOn) : IMeetingEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => CancelledOn;
}

/// <summary>The whole register of a held meeting; a later one replaces it (a correction).</summary>
public sealed record AttendanceRecorded(
    Guid MeetingId,
    Guid CouncilId,
    LocalDate HeldOn,
    IReadOnlyList<AttendanceEntry> Register) : IMeetingEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => HeldOn;
}
