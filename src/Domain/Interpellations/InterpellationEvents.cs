using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Interpellations;

/// <summary>An event of an interpellation's stream (rule 13, loi n° 2017-86).</summary>
public interface IInterpellationEvent : IOneCouncilScoped
{
    Guid InterpellationId { get; }
}

/// <summary>The council referred difficulties met in its quartiers to the préfet.</summary>
public sealed record InterpellationReferred(
    Guid InterpellationId,
    Guid CouncilId,
    [property: FreeText] string Subject,
    [property: FreeText] string Difficulties,
    LocalDate ReferredOn) : IInterpellationEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => ReferredOn;
}

/// <summary>The préfet transmitted the referral to the mayor, the EPCI and the contract's signatories.</summary>
public sealed record InterpellationTransmitted(
    Guid InterpellationId,
    Guid CouncilId,
    IReadOnlyList<string> Recipients,
    LocalDate TransmittedOn) : IInterpellationEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => TransmittedOn;
}

/// <summary>Judged justified: a diagnostic and actions went to the contrat de ville's steering committee.</summary>
public sealed record InterpellationEscalated(
    Guid InterpellationId,
    Guid CouncilId,
    [property: FreeText] string Diagnostic,
    [property: FreeText] IReadOnlyList<string> Actions,
    bool LeadsToContractRevision,
    LocalDate EscalatedOn) : IInterpellationEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => EscalatedOn;
}

/// <summary>The diagnostic and actions were debated on the municipal council's agenda.</summary>
public sealed record InterpellationDebated(Guid InterpellationId, Guid CouncilId, LocalDate DebatedOn) : IInterpellationEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => DebatedOn;
}

/// <param name="JudgedJustified">False when it was closed straight after transmission, as not justified.</param>
public sealed record InterpellationClosed(
    Guid InterpellationId,
    Guid CouncilId,
    [property: FreeText] string Outcome,
    bool JudgedJustified,
    LocalDate ClosedOn) : IInterpellationEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => ClosedOn;
}
