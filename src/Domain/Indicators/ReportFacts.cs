using ConseilsCitoyens.Domain.Activity;
using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Diagnostics;
using ConseilsCitoyens.Domain.Drawings;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Councils;
using ConseilsCitoyens.Domain.Immersions;
using ConseilsCitoyens.Domain.Initiatives;
using ConseilsCitoyens.Domain.Interpellations;
using ConseilsCitoyens.Domain.Meetings;
using ConseilsCitoyens.Domain.Proposals;
using ConseilsCitoyens.Domain.Roadmaps;
using ConseilsCitoyens.Domain.SteeringSessions;
using ConseilsCitoyens.Domain.Team;

namespace ConseilsCitoyens.Domain.Indicators;

/// <summary>
/// The states a report reads, for one council or several (a quartier, an arrondissement, the
/// programme): indicators pool them, so a programme's rate is not an average of councils' rates.
/// </summary>
public sealed record ReportFacts(
    IReadOnlyList<Council> Councils,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Proposal> Proposals,
    IReadOnlyList<Interpellation> Interpellations,
    IReadOnlyList<SteeringSession> SteeringSessions,
    IReadOnlyList<Initiative> Initiatives,
    IReadOnlyList<ComplianceWarningRecorded> Warnings)
{
    public static readonly ReportFacts None = new([], [], [], [], [], [], []);

    private IReadOnlyList<MeetingDay>? _meetingDays;
    private TalliedMeetings? _tallied;

    /// <summary>
    /// The held meetings as day tallies, which the meeting indicators read: given when read from the councils'
    /// monthly rows (then <see cref="Meetings"/> need not hold the meetings), else tallied from <see cref="Meetings"/>.
    /// </summary>
    public IReadOnlyList<MeetingDay> MeetingDays
    {
        get => _meetingDays ?? TalliedFrom(Meetings);
        init => _meetingDays = value;
    }

    // Tallied once per list of meetings, though a copy made with other meetings tallies its own.
    private IReadOnlyList<MeetingDay> TalliedFrom(IReadOnlyList<Meeting> meetings)
    {
        if (_tallied is not { } tallied || !ReferenceEquals(tallied.Meetings, meetings))
            _tallied = tallied = new TalliedMeetings(meetings, MeetingTallies.Of(meetings));
        return tallied.Days;
    }

    private sealed record TalliedMeetings(IReadOnlyList<Meeting> Meetings, IReadOnlyList<MeetingDay> Days);

    /// <summary>Every facilitator's log: mobilisations count for the council they name.</summary>
    public IReadOnlyList<ActivityLog> ActivityLogs { get; init; } = [];

    public IReadOnlyList<Roadmap> Roadmaps { get; init; } = [];

    /// <summary>The programme's team with their assignments: whether each council was covered, day by day.</summary>
    public IReadOnlyList<TeamMember> Team { get; init; } = [];

    public IReadOnlyList<Drawing> Drawings { get; init; } = [];

    /// <summary>Territory diagnostics, at least those of the councils' quartiers; the indicator picks them.</summary>
    public IReadOnlyList<TerritoryDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Weekends and public holidays: which days are not the team's working days.</summary>
    public WorkingCalendar Calendar { get; init; } = WorkingCalendar.WeekendsOnly;

    /// <summary>The team's own work, which belongs to no council: present for the whole programme only, null below it.</summary>
    public ProgrammeFacts? Programme { get; init; }

    /// <summary>The facts of some of these councils only (<see cref="FactsByCouncil"/>): to cut several scopes, index them once.</summary>
    public ReportFacts For(IEnumerable<Council> councils) => new FactsByCouncil(this).For(councils);
}

/// <summary>What the programme's team does outside any one council: immersions with partners, trainings.</summary>
public sealed record ProgrammeFacts(IReadOnlyList<Immersion> Immersions, IReadOnlyList<TeamMember> Team)
{
    public static readonly ProgrammeFacts None = new([], []);
}

/// <param name="Breakdown">For indicators that are split (by stage, by rule): the count of each part.</param>
public sealed record IndicatorValue(IndicatorDefinition Definition, decimal? Value, IReadOnlyDictionary<string, int>? Breakdown = null);

internal static class Ratios
{
    /// <summary>Four decimals; null when there is nothing to divide by.</summary>
    public static decimal? Of(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4);
}
