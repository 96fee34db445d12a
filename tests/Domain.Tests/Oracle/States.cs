using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Drawings;
using ConseilsCitoyens.Domain.Immersions;
using ConseilsCitoyens.Domain.Indicators;
using ConseilsCitoyens.Domain.Initiatives;
using ConseilsCitoyens.Domain.Interpellations;
using ConseilsCitoyens.Domain.Meetings;
using ConseilsCitoyens.Domain.Partners;
using ConseilsCitoyens.Domain.Proposals;
using ConseilsCitoyens.Domain.Quartiers;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.SteeringSessions;
using ConseilsCitoyens.Domain.Team;

namespace ConseilsCitoyens.Domain.Tests.Oracle;

/// <summary>
/// Each stream's state folded by its aggregate's Evolve, routed as the projections route events
/// (src/Projections): a stream's own events, and the warnings recorded in a session's or a log's
/// stream folded into it.
/// </summary>
internal sealed class States
{
    public Dictionary<Guid, Quartier> Quartiers { get; } = [];
    public Dictionary<Guid, Council> Councils { get; } = [];
    public Dictionary<Guid, Meeting> Meetings { get; } = [];
    public Dictionary<Guid, SteeringSession> Sessions { get; } = [];
    public Dictionary<Guid, Proposal> Proposals { get; } = [];
    public Dictionary<Guid, Interpellation> Interpellations { get; } = [];
    public Dictionary<Guid, Initiative> Initiatives { get; } = [];
    public Dictionary<Guid, ActivityLog> Logs { get; } = [];
    public Dictionary<Guid, Roadmap> Roadmaps { get; } = [];
    public Dictionary<Guid, TeamMember> Team { get; } = [];
    public Dictionary<Guid, Partner> Partners { get; } = [];
    public Dictionary<Guid, Immersion> Immersions { get; } = [];
    public Dictionary<Guid, Drawing> Drawings { get; } = [];
    public Dictionary<Guid, TerritoryDiagnostic> Diagnostics { get; } = [];
    public List<ComplianceWarningRecorded> Warnings { get; } = [];

    public void Fold(Guid stream, object data)
    {
        switch (data)
        {
            case IQuartierEvent: Evolve(Quartiers, stream, data, Quartier.Evolve); break;
            case ICouncilEvent: Evolve(Councils, stream, data, Council.Evolve); break;
            case IMeetingEvent: Evolve(Meetings, stream, data, Meeting.Evolve); break;
            case ISteeringSessionEvent: Evolve(Sessions, stream, data, SteeringSession.Evolve); break;
            case IProposalEvent: Evolve(Proposals, stream, data, Proposal.Evolve); break;
            case IInterpellationEvent: Evolve(Interpellations, stream, data, Interpellation.Evolve); break;
            case IInitiativeEvent: Evolve(Initiatives, stream, data, Initiative.Evolve); break;
            case IActivityEvent: Evolve(Logs, stream, data, ActivityLog.Evolve); break;
            case IRoadmapEvent: Evolve(Roadmaps, stream, data, Roadmap.Evolve); break;
            case ITeamEvent: Evolve(Team, stream, data, TeamMember.Evolve); break;
            case IPartnerEvent: Evolve(Partners, stream, data, Partner.Evolve); break;
            case IImmersionEvent: Evolve(Immersions, stream, data, Immersion.Evolve); break;
            case IDrawingEvent: Evolve(Drawings, stream, data, Drawing.Evolve); break;
            case IDiagnosticEvent: Evolve(Diagnostics, stream, data, TerritoryDiagnostic.Evolve); break;
            case ComplianceWarningRecorded warning:
                Warnings.Add(warning);
                if (Sessions.ContainsKey(stream))
                    Evolve(Sessions, stream, data, SteeringSession.Evolve);
                break;
            case NonWorkingDayWarningRecorded:
                if (Logs.ContainsKey(stream))
                    Evolve(Logs, stream, data, ActivityLog.Evolve);
                else if (Team.ContainsKey(stream))
                    Evolve(Team, stream, data, TeamMember.Evolve);
                else if (Immersions.ContainsKey(stream))
                    Evolve(Immersions, stream, data, Immersion.Evolve);
                break;
            default:
                throw new InvalidOperationException($"The simulation does not route {data.GetType().Name}.");
        }
    }

    public ReportFacts Facts() =>
        new(Councils.Values.ToArray(), Meetings.Values.ToArray(), Proposals.Values.ToArray(), Interpellations.Values.ToArray(),
            Sessions.Values.ToArray(), Initiatives.Values.ToArray(), Warnings.ToArray())
        {
            ActivityLogs = Logs.Values.ToArray(),
            Roadmaps = Roadmaps.Values.ToArray(),
            Programme = new ProgrammeFacts(Immersions.Values.ToArray(), Team.Values.ToArray()),
            Team = Team.Values.ToArray(),
            Drawings = Drawings.Values.ToArray(),
            Diagnostics = Diagnostics.Values.ToArray(),
        };

    public Meeting? MeetingOf(int council, int meeting) => Meetings.GetValueOrDefault(World.Meeting(council, meeting));

    public ActivityLog? LogOf(Guid facilitator) => Logs.GetValueOrDefault(ActivityLog.StreamIdFor(facilitator));

    public Roadmap? RoadmapOf(int council) => Roadmaps.GetValueOrDefault(Roadmap.StreamIdFor(World.TheFacilitator, World.Council(council)));

    private static void Evolve<T>(Dictionary<Guid, T> states, Guid id, object data, Func<T?, object, T> evolve) where T : class =>
        states[id] = evolve(states.GetValueOrDefault(id), data);
}
