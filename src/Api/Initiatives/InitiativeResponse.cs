using ConseilsCitoyens.Domain.Initiatives;
using NodaTime;

namespace ConseilsCitoyens.Api.Initiatives;

public sealed record SupportResponse(Guid SupportId, SupportKind Kind, string By, long? AmountCents, string? Fund, LocalDate SupportedOn);

/// <param name="Outcome">Set once completed.</param>
/// <param name="Reason">Set once dropped.</param>
public sealed record InitiativeResponse(
    Guid Id,
    Guid CouncilId,
    string Title,
    string Description,
    LocalDate LaunchedOn,
    InitiativeStatus Status,
    IReadOnlyList<SupportResponse> Supports,
    long TotalFundsCents,
    LocalDate? CompletedOn,
    string? Outcome,
    LocalDate? DroppedOn,
    string? Reason,
    long Version)
{
    public static InitiativeResponse From(Initiative i)
    {
        var completed = i.Status == InitiativeStatus.Completed ? i.End : null;
        var dropped = i.Status == InitiativeStatus.Dropped ? i.End : null;
        return new InitiativeResponse(
            i.Id,
            i.CouncilId,
            i.Title,
            i.Description,
            i.LaunchedOn,
            i.Status,
            i.Supports.Select(s => new SupportResponse(s.SupportId, s.Kind, s.By, s.AmountCents, s.Fund, s.SupportedOn)).ToArray(),
            i.TotalFundsCents,
            completed?.On,
            completed?.Account,
            dropped?.On,
            dropped?.Account,
            i.Version);
    }

    /// <summary>The initiative after a write: the state decided on, with the events just appended.</summary>
    public static InitiativeResponse After(Initiative state, IEnumerable<object> events, long version) =>
        From(events.Aggregate(state, Initiative.Evolve) with { Version = version });
}
