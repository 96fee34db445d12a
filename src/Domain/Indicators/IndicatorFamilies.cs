using Ids = ConseilsCitoyens.Domain.Conventions.IndicatorIds;

namespace ConseilsCitoyens.Domain.Indicators;

/// <summary>What a family of indicators tells about: the councils, the programme's own work, or compliance with the law.</summary>
public enum IndicatorSubject
{
    Councils,
    Programme,
    Compliance,
}

/// <param name="Title">The family's heading, in French, as documents show it.</param>
public sealed record IndicatorFamily(string Id, string Title, IndicatorSubject Subject, IReadOnlyList<string> Indicators);

/// <summary>
/// The indicators grouped as evaluation reads them (DOMAIN.md §5): each indicator belongs to exactly
/// one family, so a document organised by family shows every figure once.
/// </summary>
public static class IndicatorFamilies
{
    public static readonly IReadOnlyList<IndicatorFamily> All =
    [
        new("composition", "Composition", IndicatorSubject.Councils,
            [Ids.Members, Ids.MembersResidents, Ids.MembersLocalActors, Ids.ResidentsShare, Ids.ParityResidents, Ids.DrawnShare, Ids.YouthShare]),
        new("renouvellement", "Arrivées, départs et tirages au sort", IndicatorSubject.Councils,
            [Ids.MembersJoined, Ids.Turnover, Ids.Replacements, Ids.DrawingsHeld, Ids.DrawingAcceptanceRate]),
        new("reunions", "Réunions et présence", IndicatorSubject.Councils, [Ids.MeetingsHeld, Ids.MeetingsPerCouncil, Ids.AttendanceRate, Ids.MeetingsOnNonWorkingDays]),
        new("autonomie", "Autonomie", IndicatorSubject.Councils,
            [Ids.MeetingsConvenedByMembersShare, Ids.MeetingsChairedByMembersShare, Ids.AgendaItemsByMembersShare]),
        new("pilotage", "Représentation dans les instances de pilotage", IndicatorSubject.Councils,
            [Ids.SteeringSessions, Ids.SteeringSessionsWithRepresentative, Ids.SteeringInvitations, Ids.SteeringPresences, Ids.SteeringInterventions]),
        new("avis", "Avis, propositions et interpellations", IndicatorSubject.Councils,
            [Ids.ProposalsFiled, Ids.ProposalsAnswered, Ids.AnswerDelayDaysMedian, Ids.InterpellationsByStage]),
        new("initiatives", "Initiatives et financements", IndicatorSubject.Councils,
            [Ids.InitiativesLaunched, Ids.InitiativesSupported, Ids.FundsObtainedCents]),
        new("dispositif", "Travail de l'équipe du dispositif", IndicatorSubject.Programme,
            [Ids.ResidentsReached, Ids.Immersions, Ids.RoadmapActionsDone, Ids.TrainingHours, Ids.DiagnosticsPublished, Ids.CoverageDays, Ids.VacancyDays]),
        new("conformite", "Conformité au cadre légal", IndicatorSubject.Compliance, [Ids.ComplianceWarnings]),
    ];

    public static IndicatorFamily Of(string indicatorId) =>
        All.FirstOrDefault(f => f.Indicators.Contains(indicatorId, StringComparer.Ordinal))
        ?? throw new ArgumentOutOfRangeException(nameof(indicatorId), indicatorId, "In no family.");
}
