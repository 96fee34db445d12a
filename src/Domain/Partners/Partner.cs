using NodaTime;

namespace ConseilsCitoyens.Domain.Partners;

/// <summary>An institution or local actor the facilitators meet (interconnaissance). <see cref="Version"/> is the stream version.</summary>
public sealed record Partner(
    Guid Id,
    string Name,
    PartnerKind Kind,
    string? ArrondissementCode,
    string? ContactRole,
    LocalDate Since,
    LocalDate? ClosedOn = null,
    string? ClosureReason = null,
    long Version = 0)
{
    public bool IsClosed => ClosedOn is not null;

    public bool IsCityWide => ArrondissementCode is null;

    public static Partner Evolve(Partner? state, object @event) => (state, @event) switch
    {
        (null, PartnerRegistered e) => new Partner(e.PartnerId, e.Name, e.Kind, e.ArrondissementCode, e.ContactRole, e.Since),
        (not null, PartnerUpdated e) => state with
        {
            Name = e.Name,
            Kind = e.Kind,
            ArrondissementCode = e.ArrondissementCode,
            ContactRole = e.ContactRole,
        },
        (not null, PartnerClosed e) => state with { ClosedOn = e.ClosedOn, ClosureReason = e.Reason },
        _ => throw new InvalidOperationException(
            $"{@event.GetType().Name} cannot apply to {(state is null ? "a missing partner" : "partner " + state.Id)}"),
    };
}
