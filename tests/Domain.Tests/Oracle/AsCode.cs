using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;

namespace ConseilsCitoyens.Domain.Tests.Oracle;

/// <summary>Writes a history as the C# that builds it, so that a shrunk counterexample is pasted into a regular test as is.</summary>
public static class AsCode
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        LocalDate d => $"D({d.Year}, {d.Month}, {d.Day})",
        bool b => b ? "true" : "false",
        decimal m => m.ToString(CultureInfo.InvariantCulture) + "m",
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        int i => i.ToString(CultureInfo.InvariantCulture),
        Enum e => $"{e.GetType().Name}.{e}",
        ITuple t => "(" + string.Join(", ", Enumerable.Range(0, t.Length).Select(i => Of(t[i]))) + ")",
        System.Collections.IEnumerable items and not string => "[" + string.Join(", ", items.Cast<object?>().Select(Of)) + "]",
        Step or Probe => Record(value),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "No C# form for this value."),
    };

    /// <summary>A record by its primary constructor, whose parameters are its properties.</summary>
    private static string Record(object record)
    {
        var type = record.GetType();
        var parameters = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters();
        return $"new {type.Name}(" + string.Join(", ", parameters.Select(p => Of(type.GetProperty(p.Name!)!.GetValue(record)))) + ")";
    }
}
