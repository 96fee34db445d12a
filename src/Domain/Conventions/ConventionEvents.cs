using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Conventions;

/// <summary>An event of a convention's stream.</summary>
public interface IConventionEvent : IProgrammeAdministration
{
    Guid ConventionId { get; }
}

/// <param name="Sponsors">The commissioning organisations (commanditaires), never persons.</param>
/// <param name="CoordinatingPartner">The organisation that coordinates the programme.</param>
public sealed record ConventionSigned(
    Guid ConventionId,
    string Title,
    IReadOnlyList<string> Sponsors,
    string CoordinatingPartner,
    string ContractType,
    LocalDate SignedOn,
    LocalDate StartsOn,
    int DurationYears,
    [property: FreeText] IReadOnlyList<string> Objectives) : IConventionEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => SignedOn;
}

/// <param name="IndicatorId">One of <see cref="IndicatorIds"/>.</param>
/// <param name="Year">The convention year (1 = the first year from the start date).</param>
/// <param name="Scope">An arrondissement's or a council's target; null for the programme's (see <see cref="TargetScope.Read"/>).</param>
public sealed record YearlyTargetSet(Guid ConventionId, string IndicatorId, int Year, decimal Value, LocalDate SetOn, TargetScope? Scope = null) : IConventionEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => SetOn;
}

/// <param name="Scope">The revised target's scope; null for the programme's.</param>
public sealed record YearlyTargetRevised(
    Guid ConventionId,
    string IndicatorId,
    int Year,
    decimal PreviousValue,
    decimal Value,
    [property: FreeText] string Reason,
    LocalDate RevisedOn,
    TargetScope? Scope = null) : IConventionEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => RevisedOn;
}
