namespace ConseilsCitoyens.Domain.Partners;

public enum PartnerKind
{
    Institution,
    Association,
    SocialLandlord,
    LocalActor,
    Other,
}
