using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Quartiers;

/// <summary>One line of an official QPV list (ANCT), with its line number in the file.</summary>
public sealed record QpvRow(int Line, string Code, string Name, string ArrondissementCode);

/// <summary>Which map the file is, and the dates it is in force (ValidUntil null: still in force).</summary>
public sealed record QpvImportSettings(MapGeneration Generation, LocalDate ValidFrom, LocalDate? ValidUntil);

public sealed record QpvLineError(int Line, string Code, string Message);

/// <summary>The file is refused as a whole: every line in error is listed, nothing is imported.</summary>
public sealed class QpvImportRejected(IReadOnlyList<QpvLineError> errors)
    : Exception($"The QPV list is refused: {errors.Count} line(s) in error.")
{
    public IReadOnlyList<QpvLineError> Errors { get; } = errors;
}

/// <summary>The events of one quartier's stream; <see cref="IsNew"/> when the stream starts.</summary>
public sealed record QuartierChange(Guid QuartierId, bool IsNew, IReadOnlyList<object> Events);

public sealed record QpvImportPlan(IReadOnlyList<QuartierChange> Changes, int Unchanged)
{
    public int Added => Changes.Count(c => c.IsNew);
    public int Renamed => Changes.Sum(c => c.Events.OfType<QuartierRenamed>().Count());
    public int Ended => Changes.Sum(c => c.Events.OfType<QuartierEnded>().Count());
}

/// <summary>
/// Turns an official list into reference events, idempotently: a code not yet known is added, a
/// known one whose name changed is renamed, and when the list's map ends, its quartiers end with it.
/// Importing the same list twice changes nothing.
/// </summary>
public static class QpvImport
{
    public static QpvImportPlan Plan(QpvImportSettings settings, IReadOnlyList<QpvRow> rows, IReadOnlyCollection<Quartier> known)
    {
        Validate(settings, rows);
        var byCode = known.ToDictionary(q => q.Code);
        var changes = new List<QuartierChange>();
        var unchanged = 0;

        foreach (var row in rows)
        {
            var code = Quartier.Normalise(row.Code);
            var name = row.Name.Trim();
            if (!byCode.TryGetValue(code, out var quartier))
            {
                changes.Add(new QuartierChange(Quartier.StreamIdFor(code), true,
                [
                    new QuartierRegistered(Quartier.StreamIdFor(code), code, name, row.ArrondissementCode.Trim(),
                        settings.Generation, settings.ValidFrom, settings.ValidUntil),
                ]));
                continue;
            }

            var events = new List<object>();
            if (quartier.Name != name)
                events.Add(new QuartierRenamed(quartier.Id, code, name, settings.ValidFrom));
            if (settings.ValidUntil is { } end && quartier.ValidUntil != end)
                events.Add(new QuartierEnded(quartier.Id, code, end, $"End of the {settings.Generation} priority map"));
            if (events.Count == 0)
                unchanged++;
            else
                changes.Add(new QuartierChange(quartier.Id, false, events));
        }
        return new QpvImportPlan(changes, unchanged);
    }

    private static void Validate(QpvImportSettings settings, IReadOnlyList<QpvRow> rows)
    {
        var errors = new List<QpvLineError>();
        if (settings.ValidUntil is { } until && until < settings.ValidFrom)
            errors.Add(new QpvLineError(0, "", $"The map ends ({until:yyyy-MM-dd}) before it starts ({settings.ValidFrom:yyyy-MM-dd})."));
        if (rows.Count == 0)
            errors.Add(new QpvLineError(0, "", "The file holds no quartier."));

        var firstLineOf = new Dictionary<string, int>();
        foreach (var row in rows)
        {
            if (Quartier.Check(row.Code, row.Name, row.ArrondissementCode, settings.Generation) is RuleViolation violation)
            {
                errors.Add(new QpvLineError(row.Line, row.Code, violation.Message));
                continue;
            }
            var code = Quartier.Normalise(row.Code);
            if (!firstLineOf.TryAdd(code, row.Line))
                errors.Add(new QpvLineError(row.Line, code, $"{code} already appears on line {firstLineOf[code]}."));
        }
        if (errors.Count > 0)
            throw new QpvImportRejected(errors);
    }
}
