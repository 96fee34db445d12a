using ConseilsCitoyens.Domain.Conventions;
using NodaTime;

namespace ConseilsCitoyens.Domain.Indicators;

/// <summary>The days a report covers, both bounds included; <see cref="To"/> is its "date de fin".</summary>
public sealed record ReportPeriod(LocalDate From, LocalDate To)
{
    public static ReportPeriod Of(ConventionYear year) => new(year.StartsOn, year.EndsOn);

    public bool Contains(LocalDate date) => From <= date && date <= To;

    public bool Contains(LocalDate? date) => date is { } d && Contains(d);

    /// <summary>The same period seen as of a date: facts dated after it are not known yet.</summary>
    public ReportPeriod AsOf(LocalDate? asOf) => asOf is { } date && date < To ? this with { To = date } : this;
}
