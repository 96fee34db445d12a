namespace ConseilsCitoyens.Domain.Indicators;

/// <summary>
/// An indicator's unit (French, as published) and the values it can take: from 0, up to
/// <see cref="Max"/> when bounded, in whole units when <see cref="Whole"/>. A target is one of them.
/// </summary>
public sealed record IndicatorScale(string Unit, decimal? Max, bool Whole)
{
    /// <summary>People, meetings, sessions, cents…: whole numbers from 0.</summary>
    public static IndicatorScale Count(string unit) => new(unit, null, true);

    /// <summary>A share, from 0 to 1 (never a percentage).</summary>
    public static IndicatorScale Proportion(string unit = "proportion (0 à 1)") => new(unit, 1, false);

    /// <summary>A ratio, a duration, hours: any value from 0.</summary>
    public static IndicatorScale Quantity(string unit) => new(unit, null, false);

    public bool Admits(decimal value) => value >= 0 && !(value > Max) && (!Whole || value == decimal.Truncate(value));

    /// <summary>What the values can be, for an error message.</summary>
    public string Describe() =>
        Max is { } max ? $"from 0 to {max} ({Unit})" : Whole ? $"a whole number from 0 ({Unit})" : $"a number from 0 ({Unit})";
}
