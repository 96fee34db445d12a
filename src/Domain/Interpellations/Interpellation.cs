using System.Collections.Immutable;
using NodaTime;

namespace ConseilsCitoyens.Domain.Interpellations;

/// <summary>The stages of rule 13, in the order the procedure goes through them.</summary>
public enum InterpellationStage
{
    Referred,
    Transmitted,
    Escalated,
    Debated,
    Closed,
}

public sealed record StageReached(InterpellationStage Stage, LocalDate On);

/// <summary>An interpellation of the préfet by a council, folded from its stream.</summary>
public sealed record Interpellation(
    Guid Id,
    Guid CouncilId,
    string Subject,
    string Difficulties,
    ImmutableArray<StageReached> History,
    ImmutableArray<string> Recipients,
    string? Diagnostic = null,
    ImmutableArray<string> Actions = default,
    bool? LeadsToContractRevision = null,
    bool? JudgedJustified = null,
    string? Outcome = null,
    long Version = 0)
{
    public InterpellationStage Stage => History[^1].Stage;

    public LocalDate LastStageOn => History[^1].On;

    public LocalDate? ReachedOn(InterpellationStage stage) => History.FirstOrDefault(s => s.Stage == stage)?.On;

    public static Interpellation Evolve(Interpellation? state, object @event) => (state, @event) switch
    {
        (null, InterpellationReferred e) => new Interpellation(e.InterpellationId, e.CouncilId, e.Subject, e.Difficulties,
            [new StageReached(InterpellationStage.Referred, e.ReferredOn)], [], Actions: []),
        (not null, InterpellationTransmitted e) => state.Reached(InterpellationStage.Transmitted, e.TransmittedOn) with
        {
            Recipients = [.. e.Recipients],
        },
        (not null, InterpellationEscalated e) => state.Reached(InterpellationStage.Escalated, e.EscalatedOn) with
        {
            JudgedJustified = true,
            Diagnostic = e.Diagnostic,
            Actions = [.. e.Actions],
            LeadsToContractRevision = e.LeadsToContractRevision,
        },
        (not null, InterpellationDebated e) => state.Reached(InterpellationStage.Debated, e.DebatedOn),
        (not null, InterpellationClosed e) => state.Reached(InterpellationStage.Closed, e.ClosedOn) with
        {
            JudgedJustified = e.JudgedJustified,
            Outcome = e.Outcome,
        },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing interpellation" : "interpellation " + state.Id)}"),
    };

    private Interpellation Reached(InterpellationStage stage, LocalDate on) => this with { History = History.Add(new StageReached(stage, on)) };
}
