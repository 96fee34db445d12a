using ConseilsCitoyens.Api.Infrastructure;
using ConseilsCitoyens.Domain.Partners;
using NodaTime;

namespace ConseilsCitoyens.Api.Partners;

/// <param name="ArrondissementCode">Null for a city-wide partner.</param>
public sealed record PartnerResponse(
    Guid Id,
    string Name,
    PartnerKind Kind,
    string? ArrondissementCode,
    string? ContactRole,
    LocalDate Since,
    bool Closed,
    LocalDate? ClosedOn,
    string? ClosureReason,
    long Version)
{
    public static PartnerResponse From(Partner p) =>
        new(p.Id, p.Name, p.Kind, p.ArrondissementCode, p.ContactRole, p.Since, p.IsClosed, p.ClosedOn, p.ClosureReason, p.Version);

    /// <summary>The partner after a write, as the next read will show it; the new version is also the ETag.</summary>
    internal static PartnerResponse From(StreamWrite<Partner> write, HttpResponse response)
    {
        response.WriteETag(write.Version);
        return From(write.Events.Aggregate(write.State, (p, e) => e is IPartnerEvent ? Partner.Evolve(p, e) : p) with { Version = write.Version });
    }
}

public sealed record PartnersResponse(string? Arrondissement, IReadOnlyList<PartnerResponse> Partners);
