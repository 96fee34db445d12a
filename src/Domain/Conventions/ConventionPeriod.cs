using NodaTime;

namespace ConseilsCitoyens.Domain.Conventions;

public sealed record ConventionYear(int Number, LocalDate StartsOn, LocalDate EndsOn);

/// <summary>
/// Year n of a convention runs from start + (n − 1) years to the day before start + n years,
/// so the years follow each other without gap or overlap, even from a 29 February.
/// </summary>
public sealed record ConventionPeriod(LocalDate StartsOn, int DurationYears)
{
    public const int MinYears = 1;
    public const int MaxYears = 10;

    public LocalDate EndsOn => StartsOn.PlusYears(DurationYears).PlusDays(-1);

    public bool HasYear(int number) => number >= 1 && number <= DurationYears;

    public ConventionYear Year(int number) =>
        new(number, StartsOn.PlusYears(number - 1), StartsOn.PlusYears(number).PlusDays(-1));

    public IReadOnlyList<ConventionYear> Years => Enumerable.Range(1, DurationYears).Select(Year).ToArray();

    /// <returns>The number of the convention year holding <paramref name="date"/>, or null outside the convention.</returns>
    public int? YearOf(LocalDate date) =>
        Years.FirstOrDefault(y => y.StartsOn <= date && date <= y.EndsOn)?.Number;
}
