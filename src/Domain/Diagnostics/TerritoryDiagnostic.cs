using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace ConseilsCitoyens.Domain.Diagnostics;

public sealed record DiagnosticVersion(int Number, LocalDate PublishedOn, ImmutableArray<string> Findings, ImmutableArray<Priority> Priorities)
{
    public bool SaysTheSameAs(IReadOnlyList<string> findings, IReadOnlyList<Priority> priorities) =>
        Findings.SequenceEqual(findings) && Priorities.SequenceEqual(priorities);
}

/// <summary>
/// The territory diagnostic of one quartier, in versions. <see cref="Version"/> is the stream
/// version (the ETag); <see cref="Versions"/> are the diagnostic's published versions.
/// </summary>
public sealed record TerritoryDiagnostic(Guid Id, string QuartierCode, ImmutableArray<DiagnosticVersion> Versions, long Version = 0)
{
    /// <summary>One stream per quartier, derived from its code like the quartier's own stream, with its own prefix.</summary>
    public static Guid StreamIdFor(string quartierCode)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("diagnostic:" + quartierCode.Trim().ToUpperInvariant()));
        return new Guid(hash.AsSpan(0, 16));
    }

    public DiagnosticVersion Current => Versions[^1];

    /// <summary>The version in force on a date: the last one published on or before it.</summary>
    public DiagnosticVersion? CurrentOn(LocalDate date) => Versions.LastOrDefault(v => v.PublishedOn <= date);

    /// <summary>Is this a priority of the current version? Roadmap actions answer a current priority.</summary>
    public bool HasPriority(Guid priorityId) => Current.Priorities.Any(p => p.PriorityId == priorityId);

    /// <summary>Was this a priority of the version in force on that date? For actions and evaluations dated in the past.</summary>
    public bool HasPriorityOn(Guid priorityId, LocalDate date) =>
        CurrentOn(date) is { } version && version.Priorities.Any(p => p.PriorityId == priorityId);

    public static TerritoryDiagnostic Evolve(TerritoryDiagnostic? state, object @event) => (state, @event) switch
    {
        (null, DiagnosticVersionPublished e) => new TerritoryDiagnostic(e.DiagnosticId, e.QuartierCode, [VersionOf(e)]),
        (not null, DiagnosticVersionPublished e) => state with { Versions = state.Versions.Add(VersionOf(e)) },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing diagnostic" : "the diagnostic of " + state.QuartierCode)}"),
    };

    private static DiagnosticVersion VersionOf(DiagnosticVersionPublished e) => new(e.Number, e.PublishedOn, [.. e.Findings], [.. e.Priorities]);
}
