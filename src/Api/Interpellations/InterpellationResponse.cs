using ConseilsCitoyens.Domain.Interpellations;
using NodaTime;

namespace ConseilsCitoyens.Api.Interpellations;

public sealed record StageResponse(InterpellationStage Stage, LocalDate On);

/// <summary>An interpellation as clients read it: its current stage, the dated stages it went through, and what each step recorded.</summary>
public sealed record InterpellationResponse(
    Guid Id,
    Guid CouncilId,
    string Subject,
    string Difficulties,
    InterpellationStage Stage,
    IReadOnlyList<StageResponse> History,
    IReadOnlyList<string> Recipients,
    bool? JudgedJustified,
    string? Diagnostic,
    IReadOnlyList<string> Actions,
    bool? LeadsToContractRevision,
    string? Outcome,
    long Version)
{
    public static InterpellationResponse From(Interpellation i) => new(
        i.Id,
        i.CouncilId,
        i.Subject,
        i.Difficulties,
        i.Stage,
        i.History.Select(s => new StageResponse(s.Stage, s.On)).ToArray(),
        i.Recipients,
        i.JudgedJustified,
        i.Diagnostic,
        i.Actions,
        i.LeadsToContractRevision,
        i.Outcome,
        i.Version);
}
