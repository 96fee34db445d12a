using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Calendar;
using NodaTime;

namespace ConseilsCitoyens.Domain.Conventions;

/// <summary>A change of a yearly target: its first setting (no previous value, no reason) or a revision.</summary>
public sealed record TargetChange(decimal? PreviousValue, decimal Value, string? Reason, LocalDate On);

/// <summary>The target of one scope for one indicator in one convention year, with every change in order.</summary>
public sealed record YearlyTarget(string IndicatorId, int Year, ImmutableArray<TargetChange> History, TargetScope Scope)
{
    public decimal Value => History[^1].Value;
    public LocalDate SetOn => History[0].On;
    public LocalDate LastChangedOn => History[^1].On;

    public bool Is(string indicatorId, int year, TargetScope scope) => IndicatorId == indicatorId && Year == year && Scope == scope;
}

/// <summary>The convention d'objectifs (DOMAIN.md §1), folded from its stream. <see cref="Version"/> is the stream version.</summary>
public sealed record Convention(
    Guid Id,
    string Title,
    ImmutableArray<string> Sponsors,
    string CoordinatingPartner,
    string ContractType,
    LocalDate SignedOn,
    LocalDate StartsOn,
    int DurationYears,
    ImmutableArray<string> Objectives,
    ImmutableArray<YearlyTarget> Targets,
    ImmutableArray<NonWorkingDayWarningRecorded> Warnings,
    long Version = 0)
{
    private ConventionPeriod Period => new(StartsOn, DurationYears);

    public LocalDate EndsOn => Period.EndsOn;

    public IReadOnlyList<ConventionYear> Years() => Period.Years;

    public int? ConventionYearOf(LocalDate date) => Period.YearOf(date);

    public bool HasYear(int number) => Period.HasYear(number);

    /// <param name="scope">The programme's target when not given.</param>
    public YearlyTarget? FindTarget(string indicatorId, int year, TargetScope? scope = null) =>
        Targets.FirstOrDefault(t => t.Is(indicatorId, year, scope ?? TargetScope.Programme));

    public static Convention Evolve(Convention? state, object @event) => (state, @event) switch
    {
        (null, ConventionSigned e) => new Convention(e.ConventionId, e.Title, [.. e.Sponsors], e.CoordinatingPartner, e.ContractType,
            e.SignedOn, e.StartsOn, e.DurationYears, [.. e.Objectives], [], []),
        (not null, YearlyTargetSet e) => state with
        {
            Targets = state.Targets.Add(new YearlyTarget(e.IndicatorId, e.Year, [new TargetChange(null, e.Value, null, e.SetOn)], TargetScope.Read(e.Scope))),
        },
        (not null, YearlyTargetRevised e) => state with
        {
            Targets = state.Targets.Select(t => t.Is(e.IndicatorId, e.Year, TargetScope.Read(e.Scope))
                ? t with { History = t.History.Add(new TargetChange(e.PreviousValue, e.Value, e.Reason, e.RevisedOn)) }
                : t).ToImmutableArray(),
        },
        (not null, NonWorkingDayWarningRecorded e) => state with { Warnings = state.Warnings.Add(e) },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing convention" : "convention " + state.Id)}"),
    };
}
