using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Indicators;
using NodaTime;

namespace ConseilsCitoyens.Domain.Conventions;

public sealed record SignConvention(
    Guid ConventionId,
    string Title,
    IReadOnlyList<string> Sponsors,
    string CoordinatingPartner,
    string ContractType,
    LocalDate SignedOn,
    LocalDate StartsOn,
    int DurationYears,
    IReadOnlyList<string> Objectives);

/// <param name="Scope">The programme's target when not given.</param>
public sealed record SetYearlyTarget(string IndicatorId, int Year, decimal Value, LocalDate SetOn, TargetScope? Scope = null);

/// <param name="Scope">The programme's target when not given.</param>
public sealed record ReviseYearlyTarget(string IndicatorId, int Year, decimal Value, string Reason, LocalDate RevisedOn, TargetScope? Scope = null);

/// <summary>The convention d'objectifs and its yearly targets: what the programme commits to, year by year.</summary>
public static class ConventionDecider
{
    public static IReadOnlyList<object> Sign(SignConvention command, WorkingCalendar calendar, LocalDate today)
    {
        var sponsors = Cleaned(command.Sponsors);
        if (sponsors.Length == 0)
            throw new RuleViolation("convention.no-sponsor", "A convention names at least one sponsor.");
        var objectives = Cleaned(command.Objectives);
        if (objectives.Length == 0)
            throw new RuleViolation("convention.no-objective", "A convention sets at least one objective.");
        if (command.DurationYears is < ConventionPeriod.MinYears or > ConventionPeriod.MaxYears)
            throw new RuleViolation("convention.duration-out-of-range",
                $"A convention lasts {ConventionPeriod.MinYears} to {ConventionPeriod.MaxYears} years, not {command.DurationYears}.");

        ProgrammeCalendar.NotInFuture(command.SignedOn, today, "The signature date");
        var period = new ConventionPeriod(command.StartsOn, command.DurationYears);
        if (command.SignedOn > period.EndsOn)
            throw new RuleViolation("convention.signed-after-end", $"The convention ends on {period.EndsOn:yyyy-MM-dd}; it cannot be signed after.");

        return
        [
            new ConventionSigned(command.ConventionId, command.Title.Trim(), sponsors, command.CoordinatingPartner.Trim(),
                command.ContractType.Trim(), command.SignedOn, command.StartsOn, command.DurationYears, objectives),
            .. NonWorkingDay(calendar, command.ConventionId, command.SignedOn),
        ];
    }

    /// <returns>Nothing when this very target was already set this way and never revised (a retry).</returns>
    public static IReadOnlyList<object> SetTarget(Convention convention, SetYearlyTarget command, WorkingCalendar calendar, LocalDate today)
    {
        KnownIndicatorAndYear(convention, command.IndicatorId, command.Year);
        InTheIndicatorsScale(command.IndicatorId, command.Value);

        var scope = command.Scope ?? TargetScope.Programme;
        if (convention.FindTarget(command.IndicatorId, command.Year, scope) is { } existing)
        {
            if (existing.History is [var only] && only.Value == command.Value && only.On == command.SetOn)
                return [];
            throw new RuleViolation("convention.target-already-set",
                $"The target for {command.IndicatorId} in year {command.Year} is already set ({existing.Value}): revise it instead.");
        }

        if (command.SetOn < convention.SignedOn)
            throw new RuleViolation("convention.target-before-signature",
                $"The convention was signed on {convention.SignedOn:yyyy-MM-dd}; no target is set before.");
        ProgrammeCalendar.NotInFuture(command.SetOn, today, "The date the target is set");

        return
        [
            new YearlyTargetSet(convention.Id, command.IndicatorId, command.Year, command.Value, command.SetOn, TargetScope.Stored(scope)),
            .. NonWorkingDay(calendar, convention.Id, command.SetOn),
        ];
    }

    /// <returns>Nothing when the target already has this value (a repeat).</returns>
    public static IReadOnlyList<object> ReviseTarget(Convention convention, ReviseYearlyTarget command, WorkingCalendar calendar, LocalDate today)
    {
        KnownIndicatorAndYear(convention, command.IndicatorId, command.Year);
        InTheIndicatorsScale(command.IndicatorId, command.Value);

        var scope = command.Scope ?? TargetScope.Programme;
        var target = convention.FindTarget(command.IndicatorId, command.Year, scope)
                     ?? throw new RuleViolation("convention.target-not-set",
                         $"No target is set for {command.IndicatorId} in year {command.Year}: set it first.");
        if (target.Value == command.Value)
            return [];

        if (string.IsNullOrWhiteSpace(command.Reason))
            throw new RuleViolation("convention.revision-without-reason", "A target is revised for a stated reason.");
        if (command.RevisedOn < target.LastChangedOn)
            throw new RuleViolation("convention.revision-before-last-change",
                $"This target last changed on {target.LastChangedOn:yyyy-MM-dd}; a revision comes after.");
        ProgrammeCalendar.NotInFuture(command.RevisedOn, today, "The revision date");

        return
        [
            new YearlyTargetRevised(convention.Id, command.IndicatorId, command.Year, target.Value, command.Value,
                command.Reason.Trim(), command.RevisedOn, TargetScope.Stored(scope)),
            .. NonWorkingDay(calendar, convention.Id, command.RevisedOn),
        ];
    }

    private static void KnownIndicatorAndYear(Convention convention, string indicatorId, int year)
    {
        if (!IndicatorIds.IsKnown(indicatorId))
            throw new RuleViolation("convention.unknown-indicator",
                $"'{indicatorId}' is not a known indicator ({string.Join(", ", IndicatorIds.All)}).");
        if (!convention.HasYear(year))
            throw new RuleViolation("convention.year-out-of-range",
                $"The convention runs {convention.DurationYears} year(s): year {year} is outside it.");
    }

    private static void InTheIndicatorsScale(string indicatorId, decimal value)
    {
        if (value < 0)
            throw new RuleViolation("convention.negative-target", $"A target is zero or more, not {value}.");
        var scale = IndicatorDefinitions.Of(indicatorId).Scale;
        if (!scale.Admits(value))
            throw new RuleViolation("convention.target-out-of-range", $"A target for {indicatorId} is {scale.Describe()}, not {value}.");
    }

    private static string[] Cleaned(IEnumerable<string> texts) =>
        texts.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToArray();

    private static IEnumerable<object> NonWorkingDay(WorkingCalendar calendar, Guid conventionId, LocalDate date) =>
        calendar.Check(conventionId, date) is { } warning ? [warning] : [];
}
