using Ids = ConseilsCitoyens.Domain.Conventions.IndicatorIds;

namespace ConseilsCitoyens.Domain.Indicators;

/// <param name="Value">The value as published: null when withheld.</param>
/// <param name="Breakdown">The parts as published: null when withheld.</param>
/// <param name="Secret">Withheld under statistical secrecy ("secret statistique").</param>
public sealed record DisclosedValue(IndicatorValue Source, decimal? Value, IReadOnlyDictionary<string, int>? Breakdown, bool Secret)
{
    public IndicatorDefinition Definition => Source.Definition;
}

/// <summary>
/// What exports (CSV, open-data JSON) may publish: an indicator broken down by gender or age whose
/// parts hold a small count (1 to threshold − 1 people) is withheld whole — its value and every part,
/// since a part could be told from the others and the total. Zero is published.
/// </summary>
public static class StatisticalSecrecy
{
    public const int DefaultThreshold = 5;

    public static readonly IReadOnlySet<string> ByGenderOrAge = new HashSet<string>(StringComparer.Ordinal) { Ids.ParityResidents, Ids.YouthShare };

    public static DisclosedValue Disclose(IndicatorValue value, int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        var small = ByGenderOrAge.Contains(value.Definition.Id)
            && value.Breakdown is { } parts && parts.Values.Any(count => count > 0 && count < threshold);
        return small
            ? new DisclosedValue(value, null, null, Secret: true)
            : new DisclosedValue(value, value.Value, value.Breakdown, Secret: false);
    }

    public static IReadOnlyList<DisclosedValue> Disclose(IEnumerable<IndicatorValue> values, int threshold) =>
        values.Select(v => Disclose(v, threshold)).ToArray();
}
