using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Privacy;

/// <summary>An event of a person's privacy stream (one stream per pseudonymous person id).</summary>
public interface IPrivacyEvent : IProgrammeAdministration
{
    Guid PersonId { get; }
}

/// <summary>A person's personal details were deleted at their request (GDPR art. 17); the pseudonymous events stay.</summary>
public sealed record PersonalDataErased(Guid PersonId, [property: FreeText] string Reason, LocalDate ErasedOn) : IPrivacyEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => ErasedOn;
}
