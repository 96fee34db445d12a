using ConseilsCitoyens.Domain.Common;
using NodaTime;

namespace ConseilsCitoyens.Domain.Team;

// A team member is a pseudonymous id in the log: their name and contact live in the erasable
// personal-details store (DOMAIN.md §6).

/// <summary>An event of a team member's stream.</summary>
public interface ITeamEvent : IProgrammeAdministration
{
    Guid FacilitatorId { get; }
}

/// <param name="ContractEndsOn">The contract's last day, for fixed-term contracts.</param>
public sealed record TeamMemberRecruited(
    Guid FacilitatorId, TeamRole Role, ContractKind Contract, LocalDate StartsOn, LocalDate? ContractEndsOn) : ITeamEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => StartsOn;
}

public sealed record TrainingCompleted(Guid FacilitatorId, [property: FreeText] string Topic, decimal Hours, LocalDate On) : ITeamEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => On;
}

/// <param name="Until">The first day the council is no longer covered by this assignment (like a member's leftOn); null while open.</param>
public sealed record TeamMemberAssigned(Guid FacilitatorId, Guid CouncilId, LocalDate From, LocalDate? Until) : ITeamEvent, IBusinessDated, IOneCouncilScoped
{
    LocalDate IBusinessDated.BusinessDate => From;
}

/// <param name="On">From this day on the team member no longer covers the council.</param>
public sealed record TeamMemberUnassigned(Guid FacilitatorId, Guid CouncilId, LocalDate On) : ITeamEvent, IBusinessDated, IOneCouncilScoped
{
    LocalDate IBusinessDated.BusinessDate => On;
}

/// <param name="On">From this day on the person is no longer in the team.</param>
public sealed record TeamMemberLeft(Guid FacilitatorId, LocalDate On) : ITeamEvent, IBusinessDated
{
    LocalDate IBusinessDated.BusinessDate => On;
}
