using ConseilsCitoyens.Domain.Common;
using ConseilsCitoyens.Domain.Quartiers;
using NodaTime;

namespace ConseilsCitoyens.Domain.Diagnostics;

/// <param name="PriorityId">The id of a priority carried over from an earlier version; null for a new one.</param>
public sealed record PriorityDraft(Guid? PriorityId, string Statement, PrioritySource Source, string? SourceDetail);

public sealed record PublishDiagnosticVersion(LocalDate PublishedOn, IReadOnlyList<string> Findings, IReadOnlyList<PriorityDraft> Priorities);

/// <summary>The study of the territory diagnostic (seed sheet): findings and the priorities the roadmaps answer.</summary>
public static class DiagnosticDecider
{
    /// <param name="diagnostic">Null before the quartier's first version.</param>
    /// <param name="newPriorityId">Gives the id of a priority that is neither carried over nor already stated.</param>
    /// <returns>None when the version says exactly what the current one says (a retry).</returns>
    public static IReadOnlyList<object> Publish(
        TerritoryDiagnostic? diagnostic, Quartier quartier, PublishDiagnosticVersion command, LocalDate today, Func<Guid> newPriorityId)
    {
        var findings = command.Findings.Select(f => f.Trim()).ToArray();
        if (findings.Length == 0)
            throw new RuleViolation("diagnostic.no-findings", "A territory diagnostic states at least one finding.");

        var priorities = command.Priorities.Select(p => Identified(diagnostic, p, newPriorityId)).ToArray();
        var repeated = priorities.GroupBy(p => p.PriorityId).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (repeated.Length > 0)
            throw new RuleViolation("diagnostic.duplicate-priority",
                $"Each priority appears once in a version: {string.Join(", ", repeated)} appear(s) more than once.");

        if (diagnostic is not null && diagnostic.Current.SaysTheSameAs(findings, priorities))
            return [];

        ProgrammeCalendar.NotInFuture(command.PublishedOn, today, "The diagnostic's date");
        if (diagnostic is not null && command.PublishedOn < diagnostic.Current.PublishedOn)
            throw new RuleViolation("diagnostic.published-before-current",
                $"Version {diagnostic.Current.Number} was published on {diagnostic.Current.PublishedOn:yyyy-MM-dd}: a new version cannot be dated earlier.");

        return
        [
            new DiagnosticVersionPublished(TerritoryDiagnostic.StreamIdFor(quartier.Code), quartier.Code,
                (diagnostic?.Versions.Length ?? 0) + 1, command.PublishedOn, findings, priorities),
        ];
    }

    // A priority without an id that restates a current one keeps that one's id, so that a retry is a repeat.
    private static Priority Identified(TerritoryDiagnostic? diagnostic, PriorityDraft draft, Func<Guid> newPriorityId)
    {
        var statement = draft.Statement.Trim();
        var detail = string.IsNullOrWhiteSpace(draft.SourceDetail) ? null : draft.SourceDetail.Trim();
        var id = draft.PriorityId
                 ?? diagnostic?.Current.Priorities
                     .FirstOrDefault(p => p.Statement == statement && p.Source == draft.Source && p.SourceDetail == detail)?.PriorityId
                 ?? newPriorityId();
        return new Priority(id, statement, draft.Source, detail);
    }
}
