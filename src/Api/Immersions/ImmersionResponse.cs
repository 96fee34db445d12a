using ConseilsCitoyens.Domain.Calendar;
using ConseilsCitoyens.Domain.Immersions;
using NodaTime;

namespace ConseilsCitoyens.Api.Immersions;

/// <summary>Activity dated on a weekend or a public holiday, accepted and reported.</summary>
public sealed record NonWorkingDayWarningResponse(LocalDate On, NonWorkingDayKind Kind, string? HolidayName)
{
    public static NonWorkingDayWarningResponse From(NonWorkingDayWarningRecorded w) => new(w.On, w.Kind, w.HolidayName);
}

public sealed record ImmersionResponse(
    Guid Id,
    Guid FacilitatorId,
    Guid PartnerId,
    LocalDate On,
    decimal DurationHours,
    string Outcome,
    string? FollowUp,
    IReadOnlyList<NonWorkingDayWarningResponse> Warnings,
    long Version)
{
    public static ImmersionResponse From(Immersion i) => new(
        i.Id, i.FacilitatorId, i.PartnerId, i.On, i.DurationHours, i.Outcome, i.FollowUp,
        i.Warnings.Select(NonWorkingDayWarningResponse.From).ToArray(), i.Version);
}

public sealed record PartnerImmersionsResponse(Guid PartnerId, decimal TotalHours, IReadOnlyList<ImmersionResponse> Immersions);
