using System.Collections.Immutable;
using ConseilsCitoyens.Domain.Calendar;
using NodaTime;

namespace ConseilsCitoyens.Domain.Immersions;

/// <summary>One immersion with a partner, folded from its stream. <see cref="Version"/> is the stream version.</summary>
public sealed record Immersion(
    Guid Id,
    Guid FacilitatorId,
    Guid PartnerId,
    LocalDate On,
    decimal DurationHours,
    string Outcome,
    string? FollowUp,
    ImmutableArray<NonWorkingDayWarningRecorded> Warnings,
    long Version = 0)
{
    public static Immersion Evolve(Immersion? state, object @event) => (state, @event) switch
    {
        (null, ImmersionRecorded e) => new Immersion(e.ImmersionId, e.FacilitatorId, e.PartnerId, e.On, e.DurationHours, e.Outcome, e.FollowUp, []),
        (not null, NonWorkingDayWarningRecorded e) => state with { Warnings = state.Warnings.Add(e) },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing immersion" : "immersion " + state.Id)}"),
    };
}
