using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Drawings;
using ConseilsCitoyens.Domain.Immersions;
using ConseilsCitoyens.Domain.Initiatives;
using ConseilsCitoyens.Domain.Interpellations;
using ConseilsCitoyens.Domain.Meetings;
using ConseilsCitoyens.Domain.Proposals;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.SteeringSessions;
using NodaTime;

namespace ConseilsCitoyens.Domain.Team;

/// <summary>
/// What a facilitator must hold to write an event: an assignment to <see cref="CouncilId"/> on
/// <see cref="On"/> (the command's business date, as the event records it). A null council means
/// the council of the event's stream (a meeting's, a proposal's…), named by the stream's first event.
/// <see cref="FacilitatorId"/>: the event is a team member's own record (their activity, an immersion).
/// <see cref="QuartierCode"/>: a quartier's work, open to whoever covers a council on that quartier.
/// </summary>
public sealed record WriteScope(LocalDate On, Guid? CouncilId = null, Guid? FacilitatorId = null, string? QuartierCode = null)
{
    /// <summary>Warnings follow from another event of the same write and are judged with it.</summary>
    public static readonly WriteScope Consequence = new(default(LocalDate));

    /// <summary>Null for an event outside a council's life (programme administration): no facilitator may write it.</summary>
    public static WriteScope? Of(object @event) => @event switch
    {
        ComplianceWarningRecorded or NonWorkingDayWarningRecorded => Consequence,
        ICouncilEvent e when e is IBusinessDated dated => new(dated.BusinessDate, e.CouncilId),
        MeetingPlanned e => new(e.PlannedFor, e.CouncilId),
        AgendaItemAdded e => new(e.AddedOn, e.CouncilId),
        MeetingHeld e => new(e.HeldOn, e.CouncilId),
        MeetingCancelled e => new(e.CancelledOn, e.CouncilId),
        AttendanceRecorded e => new(e.HeldOn, e.CouncilId),
        ProposalFiled e => new(e.FiledOn, e.CouncilId),
        ProposalAnswered e => new(e.AnsweredOn),
        ProposalWithdrawn e => new(e.WithdrawnOn),
        InterpellationReferred e => new(e.ReferredOn, e.CouncilId),
        InterpellationTransmitted e => new(e.TransmittedOn),
        InterpellationEscalated e => new(e.EscalatedOn),
        InterpellationDebated e => new(e.DebatedOn),
        InterpellationClosed e => new(e.ClosedOn),
        SteeringSessionRecorded e => new(e.HeldOn, e.CouncilId),
        SteeringParticipationCorrected e => new(e.CorrectedOn, e.CouncilId),
        InitiativeLaunched e => new(e.LaunchedOn, e.CouncilId),
        InitiativeSupported e => new(e.SupportedOn, e.CouncilId),
        InitiativeCompleted e => new(e.CompletedOn, e.CouncilId),
        InitiativeDropped e => new(e.DroppedOn, e.CouncilId),
        DrawingHeld e => new(e.HeldOn, e.CouncilId),
        DrawnCandidateAccepted e => new(e.AnsweredOn),
        DrawnCandidateRefused e => new(e.AnsweredOn),
        SubstituteCalled e => new(e.CalledOn),
        RoadmapOpened e => new(e.OpenedOn, e.CouncilId),
        RoadmapActionProposed e => new(e.ProposedOn),
        RoadmapActionStarted e => new(e.StartedOn),
        RoadmapActionDone e => new(e.DoneOn),
        RoadmapActionDropped e => new(e.DroppedOn),
        RoadmapActionRescheduled e => new(e.RescheduledOn),
        RoadmapActionReprioritised e => new(e.ReprioritisedOn),
        TimeRecorded { CouncilId: { } council } e => new(e.On, council, e.FacilitatorId),
        // Time not spent on a council (training, team work) is the team member's own.
        TimeRecorded e => new(e.On, Guid.Empty, e.FacilitatorId),
        MobilisationRecorded e => new(e.On, e.CouncilId, e.FacilitatorId),
        ActivityEntryCancelled e => new(e.CancelledOn, Guid.Empty, e.FacilitatorId),
        ImmersionRecorded e => new(e.On, Guid.Empty, e.FacilitatorId),
        DiagnosticVersionPublished e => new(e.PublishedOn, Guid.Empty, QuartierCode: e.QuartierCode),
        _ => null,
    };

    /// <summary>Guid.Empty as council: no council to be assigned to (the check is on the team member or the quartier).</summary>
    public bool NamesNoCouncil => CouncilId == Guid.Empty;
}
