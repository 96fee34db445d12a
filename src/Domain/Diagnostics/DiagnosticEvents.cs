using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Diagnostics;

/// <summary>An event of a quartier's territory diagnostic stream.</summary>
public interface IDiagnosticEvent
{
    Guid DiagnosticId { get; }
}

/// <summary>Whose expression a priority answers (the seed sheet: residents, field actors, partners).</summary>
public enum PrioritySource
{
    Residents,
    FieldActors,
    Partners,
}

/// <param name="PriorityId">Stable across versions: roadmap actions link to it.</param>
/// <param name="SourceDetail">Where it was expressed, e.g. "réunion publique du 12/03".</param>
public sealed record Priority(Guid PriorityId, [property: FreeText] string Statement, PrioritySource Source, [property: FreeText] string? SourceDetail);

/// <summary>A new version of the quartier's diagnostic: it replaces the current one, which stays readable.</summary>
public sealed record DiagnosticVersionPublished(
    Guid DiagnosticId,
    string QuartierCode,
    int Number,
    LocalDate PublishedOn,
    [property: FreeText] IReadOnlyList<string> Findings,
    IReadOnlyList<Priority> Priorities) : IDiagnosticEvent, IBusinessDated, IQuartierScoped
{
    LocalDate IBusinessDated.BusinessDate => PublishedOn;
}
