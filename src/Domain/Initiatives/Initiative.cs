using System.Collections.Immutable;
using NodaTime;

namespace ConseilsCitoyens.Domain.Initiatives;

public enum SupportKind
{
    Methodological,
    Logistical,
    Financial,
}

public enum InitiativeStatus
{
    Launched,
    Completed,
    Dropped,
}

public sealed record InitiativeSupport(Guid SupportId, SupportKind Kind, string By, long? AmountCents, string? Fund, LocalDate SupportedOn)
{
    public static InitiativeSupport From(InitiativeSupported e) => new(e.SupportId, e.Kind, e.By, e.AmountCents, e.Fund, e.SupportedOn);
}

/// <summary>How an initiative ended: its date and its outcome (completed) or reason (dropped).</summary>
public sealed record InitiativeEnd(LocalDate On, string Account);

/// <summary>An initiative carried by a council, folded from its stream.</summary>
public sealed record Initiative(
    Guid Id,
    Guid CouncilId,
    string Title,
    string Description,
    LocalDate LaunchedOn,
    InitiativeStatus Status,
    ImmutableArray<InitiativeSupport> Supports,
    InitiativeEnd? End,
    long Version = 0)
{
    public long TotalFundsCents => Supports.Sum(s => s.AmountCents ?? 0);

    public InitiativeSupport? FindSupport(Guid supportId) => Supports.FirstOrDefault(s => s.SupportId == supportId);

    public static Initiative Evolve(Initiative? state, object @event) => (state, @event) switch
    {
        (null, InitiativeLaunched e) => new Initiative(
            e.InitiativeId, e.CouncilId, e.Title, e.Description, e.LaunchedOn, InitiativeStatus.Launched, [], null),
        (not null, InitiativeSupported e) => state with { Supports = state.Supports.Add(InitiativeSupport.From(e)) },
        (not null, InitiativeCompleted e) => state with { Status = InitiativeStatus.Completed, End = new InitiativeEnd(e.CompletedOn, e.Outcome) },
        (not null, InitiativeDropped e) => state with { Status = InitiativeStatus.Dropped, End = new InitiativeEnd(e.DroppedOn, e.Reason) },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing initiative" : "initiative " + state.Id)}"),
    };
}
