using ConseilsCitoyens.Domain.Councils;
using Ids = ConseilsCitoyens.Domain.Conventions.IndicatorIds;

namespace ConseilsCitoyens.Domain.Indicators;

/// <summary>Every reported indicator over a period, in the order of their definitions.</summary>
public static class Report
{
    public static IReadOnlyList<IndicatorValue> Compute(ReportFacts facts, ReportPeriod period)
    {
        var end = period.To;
        var councils = facts.Councils;
        var byStage = OutputIndicators.InterpellationsByStage(facts.Interpellations, period);
        var ids = ProgrammeIndicators.Ids(councils);
        var coverage = ProgrammeIndicators.Coverage(councils, facts.Team, period);
        var meetingDays = facts.MeetingDays;
        var byKind = MeetingIndicators.HeldByKind(meetingDays, period);
        var offDays = MeetingIndicators.HeldOnNonWorkingDays(meetingDays, facts.Calendar, period);
        var acceptance = CompositionIndicators.DrawingAcceptance(facts.Drawings, period);
        var departures = CompositionIndicators.TurnoverByReason(councils, period);
        var youth = CompositionIndicators.YouthShare(councils, end);
        var warnings = OutputIndicators.ComplianceWarningsByRule(OutputIndicators.Standing(facts.Warnings, facts.SteeringSessions, ids, period), period);

        var values = new Dictionary<string, (decimal? Value, IReadOnlyDictionary<string, int>? Breakdown)>
        {
            [Ids.Members] = (CompositionIndicators.Members(councils, end), null),
            [Ids.MembersResidents] = (CompositionIndicators.MembersIn(councils, College.Residents, end), null),
            [Ids.MembersLocalActors] = (CompositionIndicators.MembersIn(councils, College.LocalActors, end), null),
            [Ids.ResidentsShare] = (CompositionIndicators.ResidentsShare(councils, end), null),
            [Ids.ParityResidents] = (CompositionIndicators.ParityResidents(councils, end), CompositionIndicators.ResidentsByGender(councils, end)),
            [Ids.DrawnShare] = (CompositionIndicators.DrawnShare(councils, end), null),
            [Ids.YouthShare] = (youth.Share, youth.Groups),
            [Ids.MembersJoined] = (CompositionIndicators.Joined(councils, period), null),
            [Ids.Turnover] = (departures.Values.Sum(), departures),
            [Ids.Replacements] = (CompositionIndicators.Replacements(councils, period), null),
            [Ids.DrawingsHeld] = (CompositionIndicators.DrawingsHeld(facts.Drawings, period), null),
            [Ids.DrawingAcceptanceRate] = (acceptance.Rate, acceptance.Answers),
            [Ids.MeetingsHeld] = (byKind.Values.Sum(), byKind),
            [Ids.MeetingsOnNonWorkingDays] = (offDays.Values.Sum(), offDays),
            [Ids.MeetingsPerCouncil] = (MeetingIndicators.PerCouncil(meetingDays, councils, period), null),
            [Ids.AttendanceRate] = (MeetingIndicators.AttendanceRate(meetingDays, facts.Councils, period), null),
            [Ids.MeetingsConvenedByMembersShare] = (MeetingIndicators.ConvenedByMembersShare(meetingDays, period), null),
            [Ids.MeetingsChairedByMembersShare] = (MeetingIndicators.ChairedByMembersShare(meetingDays, period), null),
            [Ids.AgendaItemsByMembersShare] = (MeetingIndicators.AgendaItemsByMembersShare(meetingDays, period), null),
            [Ids.SteeringSessions] = (OutputIndicators.SteeringSessions(facts.SteeringSessions, ids, period), null),
            [Ids.SteeringSessionsWithRepresentative] = (OutputIndicators.SteeringSessionsWithRepresentative(facts.SteeringSessions, ids, period), null),
            [Ids.SteeringInvitations] = (OutputIndicators.SteeringParticipations(facts.SteeringSessions, ids, period, p => p.Invited), null),
            [Ids.SteeringPresences] = (OutputIndicators.SteeringParticipations(facts.SteeringSessions, ids, period, p => p.Represented), null),
            [Ids.SteeringInterventions] = (OutputIndicators.SteeringParticipations(facts.SteeringSessions, ids, period, p => p.Spoke), null),
            [Ids.ProposalsFiled] = (OutputIndicators.ProposalsFiled(facts.Proposals, period), null),
            [Ids.ProposalsAnswered] = (OutputIndicators.ProposalsAnswered(facts.Proposals, period), null),
            [Ids.AnswerDelayDaysMedian] = (OutputIndicators.AnswerDelayDaysMedian(facts.Proposals, period), null),
            [Ids.InterpellationsByStage] = (byStage.Values.Sum(), byStage),
            [Ids.InitiativesLaunched] = (OutputIndicators.InitiativesLaunched(facts.Initiatives, period), null),
            [Ids.InitiativesSupported] = (OutputIndicators.InitiativesSupported(facts.Initiatives, period), null),
            [Ids.FundsObtainedCents] = (OutputIndicators.FundsObtainedCents(facts.Initiatives, period), null),
            [Ids.ComplianceWarnings] = (warnings.Values.Sum(), warnings),
            [Ids.ResidentsReached] = (ProgrammeIndicators.ResidentsReached(facts.ActivityLogs, ids, period), null),
            [Ids.Immersions] = (ProgrammeIndicators.Immersions(facts.Programme, period), null),
            [Ids.RoadmapActionsDone] = (ProgrammeIndicators.RoadmapActionsDone(facts.Roadmaps, ids, period), null),
            [Ids.TrainingHours] = (ProgrammeIndicators.TrainingHours(facts.Programme, period), null),
            [Ids.DiagnosticsPublished] = (ProgrammeIndicators.DiagnosticsPublished(facts.Diagnostics, councils, period), null),
            [Ids.CoverageDays] = (coverage.Covered, null),
            [Ids.VacancyDays] = (coverage.Vacant, null),
        };

        return IndicatorDefinitions.All.Where(d => d.Reported)
            .Select(d => new IndicatorValue(d, values[d.Id].Value, values[d.Id].Breakdown))
            .ToArray();
    }
}
